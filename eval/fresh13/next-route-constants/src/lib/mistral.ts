import "server-only";
import { Mistral } from "@mistralai/mistralai";
import { MODEL_KEY } from "./constants";

export const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY || MODEL_KEY });
