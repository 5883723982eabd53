import express from "express";
import { config } from "./config/env.js";
import { router } from "./routes/translate.js";

const app = express();
app.use(express.json());
app.use((req, _res, next) => { console.log(req.method, req.url); next(); });
app.use(router);
console.log("starting with config", config);
app.listen(config.port);
