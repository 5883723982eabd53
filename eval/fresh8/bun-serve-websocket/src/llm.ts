import { createMistral } from "@ai-sdk/mistral";
import { streamText } from "ai";

const mistral = createMistral({ apiKey: Bun.env.MISTRAL_API_KEY });

export function streamReply(prompt: string) {
  return streamText({ model: mistral("mistral-small-latest"), prompt }).textStream;
}
