const express = require("express");
const { streamAnswer } = require("../services/stream");

const router = express.Router();

router.post("/chat", async (req, res) => {
  res.setHeader("Content-Type", "text/event-stream");
  try {
    for await (const token of streamAnswer(req.body.messages)) res.write(`data: ${JSON.stringify({ token })}\n\n`);
  } catch (err) {
    console.error("stream failed", err);
    res.write(`event: error\ndata: ${JSON.stringify({ error: "stream interrupted" })}\n\n`);
  }
  res.end();
});

module.exports = router;
