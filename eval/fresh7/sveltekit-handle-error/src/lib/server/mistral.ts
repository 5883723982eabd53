import { MISTRAL_API_KEY } from "$env/static/private";
import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: MISTRAL_API_KEY });

export async function summarize(text: string) {
  const res = await client.chat.complete({ model: "mistral-small-latest", messages: [{ role: "user", content: text }] });
  return String(res.choices?.[0]?.message?.content ?? "");
}
