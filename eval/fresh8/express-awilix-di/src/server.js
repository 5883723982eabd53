import express from "express";
import session from "express-session";
import { scopePerRequest } from "awilix-express";
import { config } from "./config.js";
import { container } from "./container.js";
import { chatRouter } from "./routes/chat.js";

const app = express();
app.use(express.json());
app.use(session({ secret: config.sessionSecret, resave: false, saveUninitialized: false }));
app.use(scopePerRequest(container));
app.use("/api", chatRouter);
app.listen(config.port, () => console.log(`listening on ${config.port}`));
