import type { NextApiRequest, NextApiResponse } from "next";

export default function handler(_req: NextApiRequest, res: NextApiResponse) {
  res.status(200).json({ ok: true, codestral: Boolean(process.env.NEXT_PUBLIC_CODESTRAL_KEY) });
}
