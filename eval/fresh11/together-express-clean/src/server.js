import express from "express";
import session from "express-session";
import { router } from "./routes.js";

const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET ?? "84ny4Ipa0qbUmYeHVOpLIElX8boZk3FP", resave: false, saveUninitialized: false }));
app.use((req, _res, next) => { console.log(req.method, req.url, req.headers["user-agent"]); next(); });
app.use("/api", router);
app.listen(3000);
