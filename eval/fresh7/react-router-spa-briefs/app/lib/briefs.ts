import { briefKey } from "./settings";

export async function makeBrief(topic: string) {
  const r = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${briefKey}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: `Brief on ${topic}` }] }),
  });
  return (await r.json()).choices[0].message.content as string;
}
