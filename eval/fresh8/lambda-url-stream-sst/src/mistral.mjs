import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

export async function* draft(topic) {
  const stream = await client.chat.stream({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: `Write a short post about ${topic}` }],
  });
  for await (const ev of stream) {
    const t = ev.data.choices[0].delta.content;
    if (t) yield t;
  }
}
