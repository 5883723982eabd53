import express from "express";
import { complete } from "./llm/client";

const app = express();
app.use(express.json());

app.post("/api/complete", async (req, res) => {
  try {
    const text = await complete("mistral", String(req.body.prompt ?? ""));
    res.json({ text });
  } catch (err) {
    console.error("completion failed", err);
    res.status(502).json({ error: `${err}` });
  }
});

app.post("/api/fast", async (req, res) => {
  try {
    res.json({ text: await complete("groq", String(req.body.prompt ?? "")) });
  } catch (err) {
    console.error("groq failed", err);
    res.status(502).json({ error: "upstream unavailable" });
  }
});

app.listen(Number(process.env.PORT ?? 8080));
