import { Mistral } from "@mistralai/mistralai";

export const browserMistral = new Mistral({
  apiKey: process.env.NEXT_PUBLIC_MISTRAL_API_KEY,
});
