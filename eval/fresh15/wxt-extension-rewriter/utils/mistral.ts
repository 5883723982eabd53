import { Mistral } from "@mistralai/mistralai";
import { settingsItem } from "./storage";

export async function rewriteSelection(text: string) {
  const { apiKey, tone } = await settingsItem.getValue();
  const client = new Mistral({ apiKey });
  const res = await client.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: `Rewrite in a ${tone} tone:\n${text}` }],
  });
  return String(res.choices?.[0]?.message?.content ?? "");
}
