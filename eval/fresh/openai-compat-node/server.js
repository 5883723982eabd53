const express = require('express');
const { openrouter, model: routerModel } = require('./providers/openrouter');
const { groq, model: groqModel } = require('./providers/groq');
const { mistral, model: mistralModel } = require('./providers/mistral');

const app = express();
app.use(express.json());

app.post('/router', async (req, res) => {
  try {
    const out = await openrouter.chat.completions.create({ model: routerModel, messages: req.body.messages });
    res.json(out.choices[0].message);
  } catch (err) {
    res.status(500).json({ error: err.message });
  }
});

app.post('/groq', async (req, res) => {
  try {
    const out = await groq.chat.completions.create({ model: groqModel, messages: req.body.messages });
    res.json(out.choices[0].message);
  } catch (err) {
    res.status(500).json({ error: err.message });
  }
});

app.post('/mistral', async (req, res) => {
  try {
    const out = await mistral.chat.completions.create({ model: mistralModel, messages: req.body.messages });
    res.json(out.choices[0].message);
  } catch (err) {
    res.status(500).json({ error: err.message });
  }
});

app.listen(3000);
