import { Mistral } from "@mistralai/mistralai";
import { env } from "../env";

if (env.NODE_ENV === "development") {
  console.log("server env", env);
}

export const mistral = new Mistral({ apiKey: env.MISTRAL_API_KEY });
