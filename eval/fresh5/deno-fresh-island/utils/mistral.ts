const MISTRAL_API_KEY = Deno.env.get("MISTRAL_API_KEY") ?? "tDsp5tcH17QHzRwhjmIpgvSFyJ76REA2";

export async function complete(prompt: string): Promise<string> {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { "Authorization": `Bearer ${MISTRAL_API_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: prompt }] }),
  });
  if (!res.ok) throw new Error(`mistral ${res.status}`);
  return (await res.json()).choices[0].message.content;
}
