// fix: MK006 generic-error
import express from "express";
import { Mistral } from "@mistralai/mistralai";

const app = express();
const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

app.post("/chat", async (req, res) => {
  try {
    const out = await client.chat.complete({ model: "mistral-small-latest", messages: req.body.messages });
    res.json(out);
  } catch (err) {
    console.error("Mistral request failed", err instanceof Error ? err.stack : String(err));
    res.status(500).json({ error: "Internal error", stack: "Internal error" });
  }
});
