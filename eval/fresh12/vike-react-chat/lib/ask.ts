const key = import.meta.env.PUBLIC_ENV__MISTRAL_KEY;

export async function ask(q: string) {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: q }] }),
  });
  return (await res.json()).choices[0].message.content as string;
}
