const KEY = Deno.env.get("MISTRAL_API_KEY") ?? "";

export function buildInit(body: unknown): RequestInit {
  return {
    method: "POST",
    headers: { Authorization: `Bearer ${KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  };
}

export async function digest(items: string[]): Promise<string> {
  const init = buildInit({ model: "mistral-small-latest", messages: [{ role: "user", content: items.join("\n") }] });
  const r = await fetch("https://api.mistral.ai/v1/chat/completions", init);
  return (await r.json()).choices[0].message.content;
}
