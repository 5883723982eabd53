import { logger } from "../logger";
import { buildMistralRequest } from "./request";

export async function complete(messages: { role: string; content: string }[]) {
  const init = buildMistralRequest({ model: "mistral-small-latest", messages });
  logger.info("mistral request", { headers: init.headers });
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", init);
  if (!res.ok) throw new Error(`upstream ${res.status}`);
  return (await res.json()).choices[0].message.content;
}
