import { Mistral } from "@mistralai/mistralai";

export const mistralClient = new Mistral({ apiKey: process.env.REACT_APP_MISTRAL_KEY });
