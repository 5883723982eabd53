export async function openCompletionStream(prompt: string): Promise<ReadableStream<Uint8Array>> {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.MISTRAL_API_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: process.env.MISTRAL_MODEL, stream: true, messages: [{ role: "user", content: prompt }] }),
  });
  if (!res.ok || !res.body) throw new Error(`mistral ${res.status} ${await res.text()}`);
  return res.body;
}
