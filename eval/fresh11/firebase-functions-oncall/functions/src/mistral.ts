import * as logger from "firebase-functions/logger";

const ENDPOINT = "https://api.mistral.ai/v1/chat/completions";

export async function complete(prompt: string): Promise<string> {
  const init = {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${process.env.MISTRAL_API_KEY}` },
    body: JSON.stringify({ model: process.env.MISTRAL_MODEL, messages: [{ role: "user", content: prompt }] }),
  };
  logger.debug("mistral request", { headers: init.headers });
  const res = await fetch(ENDPOINT, init);
  if (!res.ok) throw new Error(`Mistral ${res.status}: ${await res.text()}`);
  const data = await res.json();
  return data.choices[0].message.content;
}
