import type { NextApiRequest, NextApiResponse } from 'next';
import { client } from '../../lib/mistral';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  try {
    const out = await client.chat.complete({
      model: 'mistral-small-latest',
      messages: [{ role: 'user', content: String(req.body.q) }],
    });
    res.status(200).json({ answer: out.choices?.[0]?.message?.content });
  } catch (err) {
    res.status(500).json({ error: err.toString() });
  }
}
