import { PUBLIC_MISTRAL_API_KEY } from "$env/static/public";
import { Mistral } from "@mistralai/mistralai";

export const assistant = new Mistral({ apiKey: PUBLIC_MISTRAL_API_KEY });

export async function complete(prompt: string) {
  const r = await assistant.chat.complete({ model: "mistral-small-latest", messages: [{ role: "user", content: prompt }] });
  return r.choices?.[0]?.message?.content ?? "";
}
