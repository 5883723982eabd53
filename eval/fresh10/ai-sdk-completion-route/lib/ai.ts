import { createMistral } from "@ai-sdk/mistral";

export const mistral = createMistral({
  apiKey: process.env.MISTRAL_API_KEY,
  fetch: async (url, init) => {
    if (process.env.AI_DEBUG) console.log("mistral request", url, init?.headers);
    return fetch(url, init);
  },
});
