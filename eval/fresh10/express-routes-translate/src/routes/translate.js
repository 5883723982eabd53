import { Router } from "express";
import { translate } from "../services/translator.js";

export const router = Router();

router.post("/translate", async (req, res) => {
  const { text, target = "French" } = req.body ?? {};
  try {
    res.json({ translation: await translate(text, target) });
  } catch (err) {
    res.status(502).json({ error: err.message });
  }
});
