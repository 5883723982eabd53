import type { NextApiRequest, NextApiResponse } from "next";
import { cached } from "../../lib/cache";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  try {
    const text = await cached(req.body.url, 300_000, async () => {
      const r = await fetch("https://api.mistral.ai/v1/chat/completions", {
        method: "POST",
        headers: { Authorization: `Bearer ${process.env.MISTRAL_API_KEY}`, "Content-Type": "application/json" },
        body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: req.body.url }] }),
      });
      return (await r.json()).choices[0].message.content;
    });
    res.json({ text });
  } catch (err) {
    console.error(err);
    res.status(500).json({ error: "summary unavailable" });
  }
}
