import type { NextApiRequest, NextApiResponse } from "next";
import { mistral } from "../../lib/http";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  try {
    const { data } = await mistral.post("/chat/completions", { model: "mistral-small-latest", messages: [{ role: "user", content: req.body.text }] });
    res.status(200).json({ summary: data.choices[0].message.content });
  } catch {
    res.status(502).json({ message: "Summary unavailable" });
  }
}
