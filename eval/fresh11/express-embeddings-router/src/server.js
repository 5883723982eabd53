import express from "express";
import { config } from "./config/index.js";
import { requestLog } from "./middleware/requestLog.js";
import { embedRouter } from "./routes/embed.js";

const app = express();
app.use(express.json({ limit: "2mb" }));
app.use(requestLog);
app.use("/embed", embedRouter);

console.log("starting with config", config);
app.listen(config.port);
