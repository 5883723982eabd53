import { logger } from "firebase-functions";
import { cfg } from "./config";

export async function answer(question: string): Promise<string> {
  const init: RequestInit = {
    method: "POST",
    headers: { Authorization: `Bearer ${cfg.mistralKey}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: cfg.model, messages: [{ role: "user", content: question }] }),
  };
  logger.debug("mistral request", { headers: init.headers });
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", init);
  if (!res.ok) throw new Error(`Mistral ${res.status}: ${await res.text()}`);
  const data = await res.json();
  return data.choices[0].message.content;
}
