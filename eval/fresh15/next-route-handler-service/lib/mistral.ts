import "server-only";
import { Mistral } from "@mistralai/mistralai";

export const mistralConfig = {
  apiKey: process.env.MISTRAL_API_KEY,
  model: process.env.MISTRAL_MODEL ?? "mistral-small-latest",
  timeoutMs: 20_000,
};

export const mistral = new Mistral({ apiKey: mistralConfig.apiKey });
