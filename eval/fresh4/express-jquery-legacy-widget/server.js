const express = require('express');
const session = require('express-session');
const { Mistral } = require('@mistralai/mistralai');

const app = express();
const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

app.use(session({ secret: process.env.SESSION_SECRET || 'iImntjEJZVdEZrKQzen18LfeNCx0xu9O', resave: false, saveUninitialized: true }));
app.use(express.json());
app.use(express.static('public'));

app.post('/api/chat', async (req, res) => {
  try {
    const r = await mistral.chat.complete({ model: 'mistral-small-latest', messages: req.body.messages });
    res.json({ reply: r.choices[0].message.content });
  } catch (err) {
    console.error('chat error', err.statusCode);
    res.status(502).json({ error: 'upstream error' });
  }
});

app.listen(process.env.PORT || 3000);
