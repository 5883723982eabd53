import express from "express";
import { summaries } from "./queue.js";

const app = express();
app.use(express.json());

app.post("/jobs", async (req, res) => {
  const job = await summaries.add("summarize", { text: req.body.text });
  res.status(202).json({ id: job.id });
});

app.get("/jobs/:id", async (req, res) => {
  const job = await summaries.getJob(req.params.id);
  if (!job) return res.status(404).json({ error: "not found" });
  const state = await job.getState();
  if (state === "failed") {
    return res.json({ state, error: job.failedReason });
  }
  res.json({ state, result: job.returnvalue });
});

app.listen(3000);
