import { PUBLIC_MISTRAL_KEY } from "$env/static/public";

export async function suggestTitle(body: string): Promise<string> {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${PUBLIC_MISTRAL_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: `Title for: ${body}` }] }),
  });
  const data = await res.json();
  return data.choices[0].message.content;
}
