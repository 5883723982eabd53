export const OPENROUTER_URL = "https://openrouter.ai/api/v1/chat/completions";
export const GROQ_URL = "https://api.groq.com/openai/v1/chat/completions";

export const routes = {
  fast: { url: GROQ_URL, model: "mixtral-8x7b-32768", keyVar: "GROQ_API_KEY" },
  smart: { url: OPENROUTER_URL, model: "mistralai/mistral-small-3.1-24b-instruct", keyVar: "OPENROUTER_API_KEY" },
} as const;
