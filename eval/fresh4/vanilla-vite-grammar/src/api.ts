import { MISTRAL_API_KEY, MODEL } from "./config";

export async function fixGrammar(text: string): Promise<string> {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${MISTRAL_API_KEY}` },
    body: JSON.stringify({ model: MODEL, messages: [{ role: "user", content: `Fix the grammar, keep the meaning:\n${text}` }] }),
  });
  const data = await res.json();
  return data.choices[0].message.content;
}
