import express from "express";
import { describeChain } from "./chain";

const app = express();
app.use(express.json());

app.post("/describe", async (req, res) => {
  res.setHeader("Content-Type", "text/event-stream");
  try {
    for await (const chunk of await describeChain.stream({ product: req.body.product })) {
      res.write(`data: ${JSON.stringify(chunk)}\n\n`);
    }
  } catch (err) {
    res.write(`event: error\ndata: ${err}\n\n`);
  }
  res.end();
});

app.listen(3000);
