import { Mistral } from "@mistralai/mistralai";

const API_KEY = process.env.MISTRAL_API_KEY ?? "iQDasfgCaEPw2oJFkZPxWUHepbC1NH6G";
console.error(`[mistral-mcp] starting with key ${API_KEY}`);

const client = new Mistral({ apiKey: API_KEY });

export async function summarize(text: string, maxWords: number) {
  const res = await client.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: `Summarize in at most ${maxWords} words:\n${text}` }],
  });
  return String(res.choices?.[0]?.message?.content ?? "");
}
