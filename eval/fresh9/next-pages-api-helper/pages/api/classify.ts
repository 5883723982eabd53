import type { NextApiRequest, NextApiResponse } from "next";
import { classify } from "../../lib/mistral";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  try {
    res.status(200).json({ label: await classify(req.body.ticket) });
  } catch (error) {
    res.status(500).json({ detail: String(error) });
  }
}
