import { notesAiKey } from "../env";

export async function summarizeQueued(notes: string[]) {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${notesAiKey}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: notes.join("\n---\n") }] }),
  });
  return (await res.json()).choices[0].message.content as string;
}
