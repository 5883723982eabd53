import express from "express";
import { supportAgent } from "./mastra/agents/support";

const app = express();
app.use(express.json());

app.post("/api/support", async (req, res) => {
  try {
    const out = await supportAgent.generate(req.body.message);
    res.json({ text: out.text });
  } catch (e) {
    res.status(500).send(`Agent failed: ${e}`);
  }
});

app.listen(4111);
