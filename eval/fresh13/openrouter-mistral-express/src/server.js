import express from "express";
import { ask } from "./llm.js";

const app = express();
app.use(express.json());

app.post("/api/ask", async (req, res) => {
  try {
    res.json({ answer: await ask(req.body.prompt) });
  } catch (err) {
    console.error(err);
    res.status(500).json({ error: err.message });
  }
});

app.listen(3000);
