import { mistralKey } from "./publicConfig";

export async function askQuick(question: string): Promise<string> {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${mistralKey}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: question }] }),
  });
  const data = await res.json();
  return data.choices[0].message.content;
}
