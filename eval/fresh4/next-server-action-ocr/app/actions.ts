"use server";

import { mistral } from "@/lib/mistral";

export type OcrState = { markdown?: string; error?: string };

export async function runOcr(_prev: OcrState, form: FormData): Promise<OcrState> {
  const url = String(form.get("url") ?? "");
  try {
    const res = await mistral.ocr.process({
      model: "mistral-ocr-latest",
      document: { type: "document_url", documentUrl: url },
    });
    return { markdown: res.pages.map((p) => p.markdown).join("\n\n") };
  } catch (e) {
    return { error: (e as Error).message };
  }
}
