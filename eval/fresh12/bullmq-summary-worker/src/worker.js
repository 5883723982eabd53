import { Worker } from "bullmq";
import { connection } from "./queue.js";
import { summarize } from "./lib/mistral.js";

new Worker(
  "summaries",
  async (job) => {
    const summary = await summarize(job.data.text);
    return { summary };
  },
  { connection, concurrency: 2 },
);
