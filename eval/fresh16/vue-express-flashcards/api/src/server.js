import cors from "cors";
import express from "express";
import { generateCards } from "./cards.js";

const app = express();
app.use(cors(), express.json());

app.post("/api/cards", async (req, res) => {
  try {
    res.json({ cards: await generateCards(req.body.topic) });
  } catch (err) {
    res.status(502).json({ error: err.response?.data ?? err.message });
  }
});

app.listen(3001);
