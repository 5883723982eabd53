import { fetch } from "@tauri-apps/plugin-http";

const key = import.meta.env.VITE_MISTRAL_KEY;

export async function rewrite(note: string): Promise<string> {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: `Tidy this note:\n${note}` }] }),
  });
  return (await res.json()).choices[0].message.content;
}
