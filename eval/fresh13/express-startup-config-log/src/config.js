import "dotenv/config";

export const config = {
  port: Number(process.env.PORT ?? 5000),
  mistralApiKey: process.env.MISTRAL_API_KEY,
  model: process.env.MISTRAL_MODEL ?? "mistral-small-latest",
};
