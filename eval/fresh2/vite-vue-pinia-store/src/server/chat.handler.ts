// Draft for a future serverless deployment; not wired into anything yet.
import { Mistral } from "@mistralai/mistralai";

export default async function handler(req: any, res: any) {
  const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });
  const out = await client.chat.complete({ model: "mistral-small-latest", messages: req.body.messages });
  res.json({ reply: out.choices?.[0]?.message?.content });
}
