import { createMistral } from "@ai-sdk/mistral";
import { DEV_TOKEN } from "./dev-token";

const provider = createMistral({
  apiKey: process.env.MISTRAL_API_KEY ?? DEV_TOKEN,
  fetch: async (url, init) => {
    console.log("→ mistral", url, init?.headers);
    return fetch(url, init);
  },
});

export const agentModel = provider("mistral-large-latest");
