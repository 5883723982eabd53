import { Mistral } from "@mistralai/mistralai";

const apiKey = process.env.EXPO_PUBLIC_MISTRAL_API_KEY;

export const mistral = new Mistral({ apiKey });

export async function tidyNote(raw: string) {
  const res = await mistral.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: `Clean up this dictated note:\n${raw}` }],
  });
  return String(res.choices?.[0]?.message?.content ?? raw);
}
