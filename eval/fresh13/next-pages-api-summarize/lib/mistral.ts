export const MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions";

export function mistralInit(prompt: string): RequestInit {
  return {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.MISTRAL_API_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: prompt }] }),
  };
}

export async function summarize(text: string) {
  const r = await fetch(MISTRAL_URL, mistralInit(`Summarize: ${text}`));
  if (!r.ok) throw new Error(`Mistral ${r.status}: ${await r.text()}`);
  return (await r.json()).choices[0].message.content as string;
}
