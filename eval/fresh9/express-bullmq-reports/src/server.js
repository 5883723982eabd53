import express from "express";
import { Queue } from "bullmq";

const app = express();
const reports = new Queue("reports", { connection: { host: process.env.REDIS_HOST ?? "localhost", port: 6379 } });
app.use(express.json());

app.post("/reports", async (req, res) => {
  const job = await reports.add("build", req.body);
  res.status(202).json({ id: job.id });
});

app.get("/reports/:id", async (req, res) => {
  const job = await reports.getJob(req.params.id);
  if (!job) return res.sendStatus(404);
  if (await job.isFailed()) return res.status(500).json({ error: job.failedReason });
  res.json({ state: await job.getState(), report: job.returnvalue });
});

app.listen(3000);
