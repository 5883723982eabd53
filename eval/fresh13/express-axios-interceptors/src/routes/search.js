import { Router } from "express";
import { embed } from "../services/embeddings.js";

const router = Router();

router.post("/search", async (req, res) => {
  try {
    const [vector] = await embed([req.body.query]);
    res.json({ dims: vector.length });
  } catch (err) {
    res.status(502).send(`Embedding failed: ${err}`);
  }
});

export default router;
