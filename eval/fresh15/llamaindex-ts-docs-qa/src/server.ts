import express from "express";
import session from "express-session";
import { ask } from "./engine";
import { SESSION_SECRET } from "./constants";

const app = express();
app.use(express.json());
app.use(session({ secret: SESSION_SECRET, resave: false, saveUninitialized: true }));

app.post("/qa", async (req, res) => {
  try {
    res.json({ answer: await ask(req.body.question) });
  } catch (err: any) {
    res.status(500).json({ error: err.message });
  }
});

app.listen(5050);
