import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

export async function summarizeNote(text) {
  const res = await client.chat.complete({ model: "mistral-small-latest", messages: [{ role: "user", content: text }] });
  return res.choices[0].message.content;
}
