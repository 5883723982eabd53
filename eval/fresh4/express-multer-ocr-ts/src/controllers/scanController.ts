import type { Request, Response } from "express";
import { scanDocument } from "../services/ocrService";
import { logger } from "../logger";

export async function scan(req: Request, res: Response) {
  logger.info({ headers: req.headers, size: req.file?.size }, "incoming upload");
  if (!req.file) return res.status(400).json({ error: "file missing" });
  try {
    const pages = await scanDocument(req.file.buffer, req.file.originalname);
    res.json({ pages });
  } catch (err) {
    res.status(502).send(String(err));
  }
}
