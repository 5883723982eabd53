import { config } from "../config/env.js";
import { tracedFetch } from "../lib/http.js";

export async function translate(text, target) {
  const res = await tracedFetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${config.mistralKey}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      model: config.model,
      messages: [{ role: "user", content: `Translate to ${target}: ${text}` }],
    }),
  });
  if (!res.ok) throw new Error(`Mistral ${res.status}: ${await res.text()}`);
  const data = await res.json();
  return data.choices[0].message.content;
}
