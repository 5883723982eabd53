import { Mistral } from "@mistralai/mistralai";

const mistral = new Mistral({ apiKey: process.env.EXPO_PUBLIC_MISTRAL_API_KEY });

export async function reflect(entry: string) {
  const r = await mistral.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "system", content: "You are a kind journaling coach." }, { role: "user", content: entry }],
  });
  return r.choices?.[0]?.message?.content;
}
