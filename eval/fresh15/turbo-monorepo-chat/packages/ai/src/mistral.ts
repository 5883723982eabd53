import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

export async function askMistral(messages: { role: "user" | "assistant"; content: string }[]) {
  const res = await client.chat.complete({ model: "mistral-medium-latest", messages });
  return String(res.choices?.[0]?.message?.content ?? "");
}
