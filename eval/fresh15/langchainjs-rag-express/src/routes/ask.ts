import { Router } from "express";
import { answerStream } from "../chain";

export const ask = Router();

ask.get("/ask", async (req, res) => {
  res.setHeader("Content-Type", "text/event-stream");
  res.setHeader("Cache-Control", "no-cache");
  try {
    for await (const token of answerStream(String(req.query.q ?? ""))) {
      res.write(`data: ${JSON.stringify({ token })}\n\n`);
    }
    res.write("event: done\ndata: {}\n\n");
  } catch (err: any) {
    res.write(`event: error\ndata: ${JSON.stringify({ message: err.message })}\n\n`);
  } finally {
    res.end();
  }
});
