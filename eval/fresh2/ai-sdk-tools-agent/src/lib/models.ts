import { createMistral } from "@ai-sdk/mistral";
import { createOpenAI } from "@ai-sdk/openai";

const mistral = createMistral({ apiKey: process.env.MISTRAL_API_KEY });
const openai = createOpenAI({ apiKey: process.env.OPENAI_API_KEY });

export const models = {
  primary: mistral("mistral-large-latest"),
  vision: openai("gpt-4o-mini"),
};
