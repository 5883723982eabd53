import { MISTRAL_KEY } from "../config";

export async function summarize(text: string): Promise<string> {
  const r = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: "Bearer " + MISTRAL_KEY, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: "TL;DR: " + text }] }),
  });
  if (!r.ok) throw new Error("summary failed");
  return (await r.json()).choices[0].message.content;
}
