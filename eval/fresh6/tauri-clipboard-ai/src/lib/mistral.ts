const key = import.meta.env.VITE_MISTRAL_API_KEY;

export async function explainClipboard(text: string): Promise<string> {
  const r = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}` },
    body: JSON.stringify({ model: "ministral-8b-latest", messages: [{ role: "user", content: `Explain briefly:\n${text}` }] }),
  });
  return (await r.json()).choices[0].message.content;
}
