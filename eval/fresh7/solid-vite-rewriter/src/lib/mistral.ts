import { Mistral } from "@mistralai/mistralai";

export const mistral = new Mistral({ apiKey: import.meta.env.VITE_MISTRAL_API_KEY });
