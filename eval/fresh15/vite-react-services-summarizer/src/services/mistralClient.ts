import { Mistral } from "@mistralai/mistralai";
import { apiKey } from "@/config/keys";

export const mistral = new Mistral({ apiKey });
