import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: Netlify.env.get("MISTRAL_API_KEY") });

export async function summarize(text: string) {
  const res = await client.chat.complete({ model: "mistral-small-latest", messages: [{ role: "user", content: `Summarize: ${text}` }] });
  return res.choices?.[0]?.message?.content;
}
