import { MODEL, MODEL_KEY } from "./config.js";

export async function rewrite(note) {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: "Bearer " + MODEL_KEY },
    body: JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "Tidy this note:\n" + note }] }),
  });
  if (!res.ok) throw new Error("HTTP " + res.status);
  return (await res.json()).choices[0].message.content;
}
