import { Router } from "express";
import { suggestTags } from "../services/tagging";

export const posts = Router();

posts.post("/posts/tags", async (req, res) => {
  res.json({ tags: await suggestTags(req.body.title) });
});
