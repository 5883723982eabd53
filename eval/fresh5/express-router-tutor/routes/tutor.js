const express = require('express');
const { explain } = require('../services/tutor');

const router = express.Router();

router.post('/explain', async (req, res) => {
  const { topic, level = 'beginner' } = req.body;
  console.log('explain', req.method, req.originalUrl, topic);
  try {
    const text = await explain(topic, level);
    res.json({ text });
  } catch (err) {
    res.status(500).json({ error: err.message });
  }
});

module.exports = router;
