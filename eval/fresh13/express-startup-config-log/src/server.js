import express from "express";
import { config } from "./config.js";
import { mistral } from "./mistral.js";

const app = express();
app.use(express.json());
app.post("/chat", async (req, res) => {
  const r = await mistral.chat.complete({ model: config.model, messages: req.body.messages });
  res.json(r.choices[0].message);
});

console.log("Config loaded", config);
app.listen(config.port, () => console.log(`Listening on ${config.port}`));
