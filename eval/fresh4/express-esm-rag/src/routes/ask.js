import { Router } from 'express';
import { answer, embed } from '../lib/mistral.js';
import { nearest } from '../store.js';

export const ask = Router();

ask.post('/ask', async (req, res) => {
  try {
    const [vector] = await embed([req.body.question]);
    const passages = nearest(vector, 4);
    res.json({ answer: await answer(req.body.question, passages) });
  } catch (error) {
    res.status(500).json({ error: error.message });
  }
});
