import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

export async function reply(history) {
  const res = await client.chat.complete({ model: "mistral-small-latest", messages: history.slice(-12) });
  return res.choices[0].message.content;
}
