import { Mistral } from "@mistralai/mistralai";
import { config } from "../config";
import { logger } from "../logger";

const client = new Mistral({ apiKey: config.apiKey });
logger.info({ cfg: config }, "chat service ready");

export async function chat(messages: { role: "user" | "assistant"; content: string }[]) {
  const res = await client.chat.complete({ model: config.model, messages });
  return res.choices?.[0]?.message?.content;
}
