import { Router } from "express";
import multer from "multer";
import { transcribe } from "../transcriber.js";

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 25 * 1024 * 1024 } });
export const memos = Router();

memos.post("/memos", upload.single("audio"), async (req, res) => {
  if (!req.file) return res.status(400).json({ error: "audio file required" });
  try {
    const text = await transcribe(req.file.buffer, req.file.originalname);
    res.json({ text });
  } catch (err) {
    console.error("transcription failed", err);
    res.status(500).json({ error: "Transcription failed" });
  }
});
