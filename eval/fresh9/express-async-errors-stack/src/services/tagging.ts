import { Mistral } from "@mistralai/mistralai";

const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

export async function suggestTags(title: string): Promise<string[]> {
  const r = await mistral.chat.complete({ model: "ministral-3b-latest", messages: [{ role: "user", content: `Tags for "${title}" as CSV` }] });
  return String(r.choices?.[0]?.message?.content ?? "").split(",");
}
