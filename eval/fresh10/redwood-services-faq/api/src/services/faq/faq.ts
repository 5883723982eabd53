import { UserInputError } from "@redwoodjs/graphql-server";
import { mistral } from "src/lib/mistral";
import { logger } from "src/lib/logger";

export const askFaq = async ({ question }: { question: string }) => {
  if (!question?.trim()) throw new UserInputError("question is empty");
  try {
    const r = await mistral.chat.complete({ model: "mistral-small-latest", messages: [{ role: "user", content: question }] });
    return { answer: r.choices?.[0]?.message?.content };
  } catch (e) {
    logger.error({ err: e }, "askFaq failed");
    throw new UserInputError(`FAQ assistant error: ${(e as Error).message}`);
  }
};
