export async function rewriteBlock(text: string, style: string): Promise<string> {
  const key = String(logseq.settings?.mistralKey ?? "");
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}` },
    body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: `Rewrite (${style}): ${text}` }] }),
  });
  return (await res.json()).choices[0].message.content;
}
