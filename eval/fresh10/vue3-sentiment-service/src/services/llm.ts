import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: import.meta.env.VITE_MISTRAL_KEY });

export async function sentiment(review: string) {
  const r = await client.chat.complete({
    model: "ministral-8b-latest",
    messages: [{ role: "user", content: "positive, negative or neutral? " + review }],
  });
  return r.choices?.[0]?.message?.content;
}
