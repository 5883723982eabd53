import express from 'express';
import { Mistral } from '@mistralai/mistralai';

const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });
const app = express();
app.use(express.json());

app.post('/ask', async (req, res) => {
  try {
    const r = await client.chat.complete({ model: 'mistral-small-latest', messages: req.body.messages });
    res.json(r.choices?.[0]?.message);
  } catch (e) {
    console.error(e);
    res.status(502).json({ error: 'upstream failed' });
  }
});

app.listen(Number(process.env.PORT));
