import { getApiKey } from "./settings";

export async function summarize(text: string): Promise<string> {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${await getApiKey()}` },
    body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: `Summarize:\n${text}` }] }),
  });
  const json = await res.json();
  return json.choices[0].message.content;
}
