import { CohereClient } from "cohere-ai";
import { API_KEY } from "./config.js";

const cohere = new CohereClient({ token: API_KEY });

export async function askCohere(prompt) {
  const res = await cohere.chat({ model: "command-r", message: prompt });
  return res.text;
}
