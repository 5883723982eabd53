import express from "express";
import { mastra } from "./mastra";

const app = express();
app.use(express.json());

app.post("/plan", async (req, res) => {
  try {
    const agent = mastra.getAgent("travelAgent");
    const out = await agent.generate(req.body.prompt);
    res.json({ plan: out.text });
  } catch (err) {
    res.status(500).json({ error: String(err) });
  }
});

app.get("/healthz", (_req, res) => res.json({ ok: true }));
app.listen(4111);
