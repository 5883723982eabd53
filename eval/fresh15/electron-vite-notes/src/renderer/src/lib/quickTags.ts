import { aiKey } from "./env";

export async function suggestTags(body: string): Promise<string[]> {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${aiKey}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      model: "ministral-8b-latest",
      messages: [{ role: "user", content: `Three comma-separated tags for:\n${body}` }],
    }),
  });
  const data = await res.json();
  return String(data.choices[0].message.content).split(",").map((t) => t.trim());
}
