import { Worker } from "bullmq";
import { writeReport } from "./lib/mistral.js";

const connection = { host: process.env.REDIS_HOST ?? "localhost", port: 6379 };

new Worker(
  "reports",
  async (job) => {
    try {
      return await writeReport(job.data);
    } catch (err) {
      console.error("report job failed", err);
      throw err;
    }
  },
  { connection }
);
