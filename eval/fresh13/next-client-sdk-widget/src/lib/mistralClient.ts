import { Mistral } from "@mistralai/mistralai";

export function createClient() {
  return new Mistral({ apiKey: process.env.NEXT_PUBLIC_MISTRAL_API_KEY });
}
