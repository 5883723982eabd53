import { createServerFn } from "@tanstack/react-start";
import { quizQuestion } from "./mistral";

export const getQuestion = createServerFn({ method: "POST" })
  .validator((topic: string) => topic)
  .handler(async ({ data }) => {
    try {
      return { question: await quizQuestion(data) };
    } catch (err) {
      console.error("quiz question failed", err);
      return { question: null, error: String(err) };
    }
  });
