import express from "express";
import { brief } from "./lib/mistral.js";
import { forecast } from "./lib/weather.js";

const app = express();
app.use(express.json());

app.post("/brief", async (req, res) => {
  const [summary, weather] = await Promise.all([brief(req.body.text), forecast(48.85, 2.35)]);
  res.json({ summary, weather });
});

app.listen(8080);
