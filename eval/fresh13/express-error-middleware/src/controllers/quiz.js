import { makeQuiz } from "../services/quiz.js";

export async function createQuiz(req, res, next) {
  try {
    res.json({ quiz: await makeQuiz(req.body.topic) });
  } catch (err) {
    next(err);
  }
}
