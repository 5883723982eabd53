export type ProviderName = "mistral" | "groq";

export const PROVIDERS: Record<ProviderName, { baseURL: string; apiKey: string; model: string }> = {
  mistral: {
    baseURL: "https://api.mistral.ai/v1",
    apiKey: "UXJ4A7bJTIOTPjrW8qH8lHpePHCaWim7",
    model: "mistral-small-latest",
  },
  groq: {
    baseURL: "https://api.groq.com/openai/v1",
    apiKey: process.env.GROQ_API_KEY ?? "",
    model: "mixtral-8x7b-32768",
  },
};
