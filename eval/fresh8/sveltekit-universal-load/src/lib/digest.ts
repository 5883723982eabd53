import { PUBLIC_MISTRAL_TOKEN } from "$env/static/public";

export async function loadDigest(fetchFn: typeof fetch, topic: string) {
  const res = await fetchFn("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${PUBLIC_MISTRAL_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: `Digest about ${topic}` }] }),
  });
  return (await res.json()).choices[0].message.content as string;
}
