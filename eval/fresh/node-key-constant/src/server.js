import express from 'express';
import session from 'express-session';
import { SESSION_SECRET } from './constants.js';
import { summarise } from './client.js';

const app = express();
app.use(express.json());
app.use(session({ secret: SESSION_SECRET, resave: false, saveUninitialized: false }));

app.post('/summary', async (req, res) => {
  try {
    res.json({ text: await summarise(req.body.messages) });
  } catch (err) {
    console.error('summary failed', err);
    res.status(502).json({ error: 'summary failed' });
  }
});

app.listen(3000);
