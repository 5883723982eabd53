import { buildHeaders } from "./headers.js";

export async function rewrite(text, key) {
  const r = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: buildHeaders(key),
    body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: `Rewrite: ${text}` }] }),
  });
  return (await r.json()).choices[0].message.content;
}
