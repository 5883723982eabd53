import { Mistral } from "@mistralai/mistralai";
import { assistantToken } from "../config";
import { retry } from "../lib/retry";

const client = new Mistral({ apiKey: assistantToken });

export function suggest(text: string) {
  return retry(async () => {
    const res = await client.chat.complete({ model: "mistral-small-latest", messages: [{ role: "user", content: text }] });
    return String(res.choices?.[0]?.message?.content ?? "");
  });
}
