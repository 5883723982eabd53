"use server";

import { summarize } from "@/lib/mistral";

export async function summarizeAction(_: unknown, form: FormData) {
  try {
    return { ok: true, summary: await summarize(String(form.get("text") ?? "")) };
  } catch (e) {
    console.error("summarize failed", e);
    return { ok: false, error: "Could not summarize right now." };
  }
}
