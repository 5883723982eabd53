import { Mistral } from "@mistralai/mistralai";

const apiKey = import.meta.env.VITE_MISTRAL_KEY;

export async function tidyNote(text: string): Promise<string> {
  const client = new Mistral({ apiKey });
  const res = await client.chat.complete({
    model: "ministral-8b-latest",
    messages: [{ role: "user", content: `Tidy this note:\n${text}` }],
  });
  return String(res.choices?.[0]?.message?.content ?? "");
}
