const API = "https://api.mistral.ai/v1/chat/completions";

export async function askMistral(apiKey: string, question: string): Promise<string> {
  const res = await fetch(API, {
    method: "POST",
    headers: { Authorization: `Bearer ${apiKey}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: question }] }),
  });
  return (await res.json()).choices[0].message.content;
}
