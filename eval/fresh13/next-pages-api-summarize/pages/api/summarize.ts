import type { NextApiRequest, NextApiResponse } from "next";
import { mistralInit, summarize } from "../../lib/mistral";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (process.env.NODE_ENV !== "production") console.log("init", mistralInit(req.body.text));
  try {
    res.status(200).json({ summary: await summarize(req.body.text) });
  } catch (err) {
    res.status(500).json({ error: String(err) });
  }
}
