import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

export async function getDailyPrompt(): Promise<string> {
  const r = await client.chat.complete({ model: "mistral-small-latest", messages: [{ role: "user", content: "One writing prompt." }] });
  return String(r.choices?.[0]?.message?.content ?? "");
}
