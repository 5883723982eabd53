import { createMistral } from "@ai-sdk/mistral";

export const mistral = createMistral({
  apiKey: process.env.MISTRAL_API_KEY ?? "Ot9VEuuHi4DHXQC8ugpMfzIilgDMYaZe",
});

export const chatModel = mistral("mistral-large-latest");
