import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

export async function handler(event) {
  try {
    const { text } = JSON.parse(event.body);
    const res = await client.chat.complete({ model: process.env.MISTRAL_MODEL, messages: [{ role: "user", content: `Summarize: ${text}` }] });
    return { statusCode: 200, body: JSON.stringify({ summary: res.choices[0].message.content }) };
  } catch (err) {
    console.error(err);
    return { statusCode: 500, body: JSON.stringify({ error: "summary failed" }) };
  }
}
