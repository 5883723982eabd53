import { Mistral } from "@mistralai/mistralai";
import { env } from "../config/env";

export const mistral = new Mistral({ apiKey: env.mistralKey });
