import type { NextApiRequest, NextApiResponse } from "next";
import { summarize } from "../../lib/summarize";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const { url, text } = req.body;
  try {
    res.status(200).json({ summary: await summarize(url, text) });
  } catch (e: any) {
    console.error("summarize failed", e);
    res.status(500).json({ message: e?.message ?? "failed" });
  }
}
