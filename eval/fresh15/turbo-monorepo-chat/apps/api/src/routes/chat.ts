import { Router } from "express";
import { askMistral } from "@acme/ai";

export const chatRouter = Router();

chatRouter.post("/chat", async (req, res) => {
  try {
    res.json({ reply: await askMistral(req.body.messages) });
  } catch (err: any) {
    res.status(502).json({ detail: err.message });
  }
});
