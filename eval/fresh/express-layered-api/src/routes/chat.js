const express = require("express");
const chatService = require("../services/chatService");
const logger = require("../lib/logger");

const router = express.Router();

router.use((req, res, next) => {
  logger.info({ method: req.method, url: req.url, headers: req.headers }, "incoming request");
  next();
});

router.post("/chat", async (req, res) => {
  try {
    const text = await chatService.reply(req.body.messages);
    res.json({ text });
  } catch (err) {
    logger.error(err, "chat failed");
    res.status(500).json({ error: String(err) });
  }
});

module.exports = router;
