import { Router } from "express";
import { embedAll } from "../services/embed.js";

export const embedRouter = Router();

embedRouter.post("/", async (req, res) => {
  try {
    const vectors = await embedAll(req.body.texts ?? []);
    res.json({ vectors });
  } catch (err) {
    res.status(500).json({ error: err.message });
  }
});
