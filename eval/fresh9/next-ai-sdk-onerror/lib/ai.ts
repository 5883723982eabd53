import { createMistral } from "@ai-sdk/mistral";

export const mistral = createMistral({
  apiKey: process.env.MISTRAL_API_KEY ?? "xMmjMfANtlM5pML6LkJY8T0axz1Z6yLf",
});

export const chatModel = mistral("mistral-large-latest");
