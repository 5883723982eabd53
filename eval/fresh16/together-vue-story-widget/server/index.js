import express from "express";
import Together from "together-ai";
import { config } from "./config.js";

const together = new Together({ apiKey: config.togetherKey });
const app = express();
app.use(express.json());
console.log("starting story server", config);

app.post("/api/story", async (req, res) => {
  try {
    const r = await together.chat.completions.create({
      model: config.model,
      messages: [{ role: "user", content: `A 150-word bedtime story about ${req.body.theme}` }],
    });
    res.json({ story: r.choices[0].message.content });
  } catch (err) {
    res.status(502).json({ error: err.message });
  }
});

app.listen(3000);
