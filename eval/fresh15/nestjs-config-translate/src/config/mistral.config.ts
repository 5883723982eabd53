import { registerAs } from "@nestjs/config";

export default registerAs("mistral", () => ({
  apiKey: process.env.MISTRAL_API_KEY,
  model: process.env.MISTRAL_MODEL ?? "mistral-small-latest",
  baseURL: "https://api.mistral.ai/v1",
}));
