const express = require("express");
const { explain } = require("../lib/codestral");

const router = express.Router();

router.post("/explain", async (req, res) => {
  res.setHeader("Content-Type", "text/event-stream");
  try {
    for await (const token of explain(req.body.code)) res.write(`data: ${JSON.stringify({ token })}\n\n`);
  } catch (err) {
    res.write(`data: ${JSON.stringify({ error: err.message })}\n\n`);
  }
  res.end();
});

module.exports = router;
