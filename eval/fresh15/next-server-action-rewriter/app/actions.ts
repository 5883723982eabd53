"use server";

import { rewrite } from "@/server/rewrite";

export type RewriteState = { output?: string; error?: string };

export async function rewriteAction(_prev: RewriteState, form: FormData): Promise<RewriteState> {
  const text = String(form.get("text") ?? "");
  const tone = form.get("tone") === "casual" ? "casual" : "formal";
  if (!text.trim()) return { error: "Please paste some text." };
  try {
    return { output: await rewrite(text, tone) };
  } catch (e) {
    return { error: String(e) };
  }
}
