import { MISTRAL_KEY } from "./keys.js";

export async function explain(text) {
  const r = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${MISTRAL_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "ministral-3b-latest", messages: [{ role: "user", content: "Explain: " + text }] }),
  });
  return (await r.json()).choices[0].message.content;
}
