import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

export async function writeCopy({ product, audience }) {
  const res = await client.chat.complete({
    model: "mistral-medium-latest",
    messages: [{ role: "user", content: `Write 3 product blurbs for ${product}, aimed at ${audience}.` }],
  });
  return res.choices[0].message.content;
}
