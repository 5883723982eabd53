import { createMistral } from "@ai-sdk/mistral";
import { generateText } from "ai";

const mistral = createMistral({ apiKey: Bun.env.MISTRAL_API_KEY });

export async function rewrite(text: string, tone: string) {
  const { text: out } = await generateText({
    model: mistral("mistral-small-latest"),
    prompt: `Rewrite in a ${tone} tone:\n${text}`,
  });
  return out;
}
