import { Mistral } from "@mistralai/mistralai";

const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY ?? "" });

export async function generateReply(history: { role: "user" | "assistant"; content: string }[]) {
  const res = await mistral.chat.complete({ model: "mistral-small-latest", messages: history });
  return res.choices?.[0]?.message?.content ?? "";
}
