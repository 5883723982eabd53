import express, { type NextFunction, type Request, type Response } from "express";
import session from "express-session";
import { container } from "./container";
import { ENV } from "./config/env";

const app = express();
app.use(express.json());
app.use(session({ secret: ENV.sessionSecret, resave: false, saveUninitialized: false }));

app.post("/api/chat", async (req, res, next) => {
  try {
    res.json({ reply: await container.mistral.chat(req.body.prompt) });
  } catch (err) {
    next(err);
  }
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ message: err.message, stack: err.stack });
});

app.listen(ENV.port, () => console.log(`listening on ${ENV.port}`));
