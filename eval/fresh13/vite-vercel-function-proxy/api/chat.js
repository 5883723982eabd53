import { Mistral } from "@mistralai/mistralai";

const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

export default async function handler(req, res) {
  try {
    const r = await mistral.chat.complete({ model: "mistral-small-latest", messages: req.body.messages });
    res.status(200).json({ reply: r.choices[0].message.content });
  } catch (err) {
    console.error("mistral error", err);
    res.status(502).json({ error: "The assistant is unavailable, try again later." });
  }
}
