import { Router } from "express";
import { complete } from "./llm.js";

export const router = Router();

router.post("/complete", async (req, res) => {
  try {
    res.json({ text: await complete(req.body.prompt) });
  } catch (err) {
    res.status(502).json({ error: err.message });
  }
});
