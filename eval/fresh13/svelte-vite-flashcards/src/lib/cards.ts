import { Mistral } from "@mistralai/mistralai";
import { mistralKey } from "./keys";

const sdk = new Mistral({ apiKey: mistralKey });

export async function makeCards(topic: string) {
  const r = await sdk.chat.complete({
    model: "mistral-small-latest",
    responseFormat: { type: "json_object" },
    messages: [{ role: "user", content: `Five flashcards about ${topic} as JSON` }],
  });
  return JSON.parse(String(r.choices?.[0]?.message?.content));
}
