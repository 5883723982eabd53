import { Mistral } from "@mistralai/mistralai";

const apiKey = import.meta.env.VITE_MISTRAL_API_KEY;

export const mistral = new Mistral({ apiKey });

export async function describe(text: string): Promise<string> {
  const res = await mistral.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: `Describe this receipt in one line: ${text}` }],
  });
  return String(res.choices?.[0]?.message?.content ?? "");
}
