const key = import.meta.env.PUBLIC_MISTRAL_KEY;

export async function quickAsk(q: string): Promise<string> {
  const r = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: q }] }),
  });
  return (await r.json()).choices[0].message.content;
}
