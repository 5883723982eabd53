import { createMistral } from "@ai-sdk/mistral";
import { generateText } from "ai";
import { env } from "./env";

const mistral = createMistral({ apiKey: env.MISTRAL_API_KEY });

export async function summarize(text: string) {
  const { text: out } = await generateText({ model: mistral("mistral-small-latest"), prompt: `Summarize:\n${text}` });
  return out;
}
