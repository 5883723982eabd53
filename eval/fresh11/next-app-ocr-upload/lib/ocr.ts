import "server-only";
import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

export async function ocrFromUrl(documentUrl: string) {
  const result = await client.ocr.process({
    model: "mistral-ocr-latest",
    document: { type: "document_url", documentUrl },
  });
  return result.pages.map((p) => p.markdown).join("\n\n");
}
