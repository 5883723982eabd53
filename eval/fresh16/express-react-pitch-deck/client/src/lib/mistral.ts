import { Mistral } from "@mistralai/mistralai";

const apiKey = import.meta.env.VITE_MISTRAL_KEY;
const mistral = new Mistral({ apiKey });

export async function tagline(idea: string): Promise<string> {
  const res = await mistral.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: `One punchy tagline for: ${idea}` }],
  });
  return String(res.choices?.[0]?.message?.content ?? "");
}
