import { MISTRAL_API_KEY } from "$env/static/private";
import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: MISTRAL_API_KEY });

export async function* streamAnswer(prompt: string) {
  const stream = await client.chat.stream({ model: "mistral-small-latest", messages: [{ role: "user", content: prompt }] });
  for await (const ev of stream) {
    const delta = ev.data.choices[0]?.delta?.content;
    if (delta) yield String(delta);
  }
}
