import express from "express";
import { enableRequestLogging } from "./logging.js";
import { memos } from "./routes/memos.js";

const app = express();
if (process.env.DEBUG_HTTP) enableRequestLogging();
app.use("/api", memos);
app.listen(4000, () => console.log("voice memos api on :4000"));
