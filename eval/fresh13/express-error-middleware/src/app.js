import express from "express";
import { createQuiz } from "./controllers/quiz.js";
import { PORT } from "./config/keys.js";

const app = express();
app.use(express.json());
app.post("/quiz", createQuiz);

app.use((err, req, res, next) => {
  res.status(err.status || 500).json({ message: err.message });
});

app.listen(PORT);
