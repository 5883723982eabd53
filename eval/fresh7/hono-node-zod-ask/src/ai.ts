import { createMistral } from "@ai-sdk/mistral";

export const providerSettings = {
  apiKey: process.env.MISTRAL_API_KEY,
  baseURL: process.env.MISTRAL_BASE_URL ?? "https://api.mistral.ai/v1",
};

export const mistral = createMistral(providerSettings);
