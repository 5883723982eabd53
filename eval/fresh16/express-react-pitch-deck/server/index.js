import cors from "cors";
import express from "express";
import { buildDeck } from "./deck.js";

const app = express();
app.use(cors());
app.use(express.json());

app.post("/api/deck", async (req, res, next) => {
  try {
    res.json(await buildDeck(req.body.idea));
  } catch (err) {
    next(err);
  }
});

app.use((err, req, res, _next) => {
  console.error(err);
  res.status(500).json({ error: err.message });
});

app.listen(3001, () => console.log("deck api on :3001"));
