import express from "express";
import { chat } from "./llm.js";

const app = express();
app.use(express.json());
app.post("/chat", async (req, res) => {
  try {
    res.json({ reply: await chat(req.body.messages) });
  } catch (err) {
    res.status(500).json({ error: err.message });
  }
});
app.listen(3000);
