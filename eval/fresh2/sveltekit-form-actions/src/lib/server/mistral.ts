import { Mistral } from "@mistralai/mistralai";
import { MISTRAL_API_KEY } from "$env/static/private";

export const client = new Mistral({ apiKey: MISTRAL_API_KEY });

export async function* streamAnswer(question: string) {
  const stream = await client.chat.stream({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: question }],
  });
  for await (const event of stream) {
    const delta = event.data.choices[0]?.delta?.content;
    if (typeof delta === "string") yield delta;
  }
}
