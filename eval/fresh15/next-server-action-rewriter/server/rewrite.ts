import "server-only";
import { createMistral } from "@ai-sdk/mistral";
import { generateText } from "ai";

const mistral = createMistral({
  apiKey: process.env.MISTRAL_API_KEY ?? "JK9vheZY1vGv5VVWTb90p0Ovmg5EXxFd",
});

export async function rewrite(text: string, tone: "formal" | "casual") {
  const { text: out } = await generateText({
    model: mistral("mistral-small-latest"),
    system: `Rewrite the user's text in a ${tone} tone. Keep the meaning.`,
    prompt: text,
  });
  return out;
}
