const express = require('express');
const logger = require('./logger');
const { moderate } = require('./moderate');

const app = express();
app.use(express.json());

app.post('/check', async (req, res) => {
  try {
    const results = await moderate([req.body.text]);
    res.json({ flagged: results[0].categories });
  } catch (err) {
    logger.error('moderation error', { message: err.message });
    res.status(503).json({ error: 'moderation unavailable' });
  }
});

app.listen(4000);
