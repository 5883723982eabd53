import type { NextApiRequest, NextApiResponse } from "next";
import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const out = await client.chat.complete({ model: "mistral-small-latest", messages: req.body.messages });
  res.status(200).json(out);
}
