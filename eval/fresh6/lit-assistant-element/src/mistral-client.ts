import { Mistral } from "@mistralai/mistralai";
import { KEY } from "./config";

export const mistral = new Mistral({ apiKey: KEY });
