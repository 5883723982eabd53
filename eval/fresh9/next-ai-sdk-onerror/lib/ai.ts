import { createMistral } from "@ai-sdk/mistral";

export const mistral = createMistral({
  apiKey: process.env.MISTRAL_API_KEY ?? "sQLy8wcqVt1SEr4cpyBkHj3d3SmQFNPH",
});

export const chatModel = mistral("mistral-large-latest");
