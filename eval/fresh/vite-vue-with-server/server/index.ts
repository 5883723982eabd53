import express from 'express';
import { askMistral } from '../src/lib/mistral';

const app = express();
app.use(express.json());

app.post('/api/ask', async (req, res) => {
  try {
    res.json({ answer: await askMistral(req.body.question) });
  } catch (err) {
    console.error(err);
    res.status(502).json({ error: 'Upstream error' });
  }
});

app.listen(3001);
