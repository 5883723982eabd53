import { llmKey } from "./config";

export async function askDocs(question: string, snippets: string[]) {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${llmKey}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      model: "mistral-small-latest",
      messages: [
        { role: "system", content: "Answer using these doc snippets:\n" + snippets.join("\n---\n") },
        { role: "user", content: question },
      ],
    }),
  });
  return (await res.json()).choices[0].message.content as string;
}
