import express from "express";
import { reply } from "../src/lib/mistral";

const app = express();
app.use(express.json());

app.post("/api/chat", async (req, res) => {
  try {
    res.json({ reply: await reply(process.env.MISTRAL_API_KEY!, req.body.messages) });
  } catch (err) {
    console.error(err);
    res.status(502).json({ error: "chat failed" });
  }
});

app.listen(5174);
