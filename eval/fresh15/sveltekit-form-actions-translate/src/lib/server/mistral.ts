import { Mistral } from "@mistralai/mistralai";
import { MISTRAL_API_KEY } from "$env/static/private";

const client = new Mistral({ apiKey: MISTRAL_API_KEY });

export async function translate(text: string, lang: string) {
  const res = await client.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: `Translate into ${lang}:\n${text}` }],
  });
  return String(res.choices?.[0]?.message?.content ?? "");
}
