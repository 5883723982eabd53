import { Mistral } from "@mistralai/mistralai";
import { config } from "../config";

const client = new Mistral({ apiKey: config.llmKey });

export async function hintFor(card) {
  const r = await client.chat.complete({
    model: "ministral-3b-latest",
    messages: [{ role: "user", content: `Give a one-line hint (not the answer) for: ${card.front}` }],
  });
  return r.choices[0].message.content;
}
