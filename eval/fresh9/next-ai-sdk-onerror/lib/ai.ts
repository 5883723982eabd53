import { createMistral } from "@ai-sdk/mistral";

export const mistral = createMistral({
  apiKey: process.env.MISTRAL_API_KEY ?? "QtbGaJQc7lyxwX3gG8ljtSQQGoY6YzTm",
});

export const chatModel = mistral("mistral-large-latest");
