import { Mistral } from "@mistralai/mistralai";
import { MISTRAL_KEY } from "../config/keys.js";

const client = new Mistral({ apiKey: MISTRAL_KEY });

export async function makeQuiz(topic) {
  const r = await client.chat.complete({ model: "mistral-small-latest", messages: [{ role: "user", content: `Quiz on ${topic}` }] });
  return r.choices[0].message.content;
}
