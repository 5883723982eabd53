import { Http } from "@nativescript/core";
import { MISTRAL_KEY } from "../config";

export async function translate(text: string, lang: string): Promise<string> {
  const res = await Http.request({
    url: "https://api.mistral.ai/v1/chat/completions",
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${MISTRAL_KEY}` },
    content: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: `Translate to ${lang}: ${text}` }] }),
  });
  return res.content!.toJSON().choices[0].message.content;
}
