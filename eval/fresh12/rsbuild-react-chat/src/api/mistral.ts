const KEY = import.meta.env.PUBLIC_MISTRAL_KEY;

export async function chat(content: string) {
  const r = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content }] }),
  });
  return (await r.json()).choices[0].message.content as string;
}
