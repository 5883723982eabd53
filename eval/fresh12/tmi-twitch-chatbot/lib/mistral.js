import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

export async function reply(prompt) {
  const res = await client.chat.complete({
    model: "ministral-8b-latest",
    maxTokens: 120,
    messages: [
      { role: "system", content: "You answer Twitch chat in under 400 characters." },
      { role: "user", content: prompt },
    ],
  });
  return res.choices[0].message.content;
}
