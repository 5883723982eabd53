import express from "express";
import { complete } from "./services/mistral";
import { logger } from "./logger";

const app = express();
app.use(express.json());

app.post("/v1/complete", async (req, res) => {
  try {
    res.json({ text: await complete(req.body.messages) });
  } catch (e) {
    logger.error("complete failed", { error: e });
    res.status(500).json({ error: "completion failed" });
  }
});

app.listen(4000);
