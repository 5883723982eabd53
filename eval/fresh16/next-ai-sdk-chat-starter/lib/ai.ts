import { createMistral } from "@ai-sdk/mistral";

export const mistral = createMistral({
  apiKey: process.env.MISTRAL_API_KEY,
  fetch: async (url, init) => {
    if (process.env.DEBUG_AI) console.log("[mistral]", url, init?.headers);
    return fetch(url, init);
  },
});
