const express = require('express');
const { forward } = require('./upstream');
const { redis, warm } = require('./cache');

const app = express();
app.use(express.json());

app.post('/v1/*', async (req, res) => {
  const upstream = await forward(req.path.replace('/v1', ''), req.body);
  res.status(upstream.status).type('application/json').send(await upstream.text());
});

app.get('/cache/:k', async (req, res) => {
  try {
    res.json({ value: await redis.get(req.params.k) });
  } catch (err) {
    res.status(500).json({ error: err.message });
  }
});

warm();
app.listen(8787);
