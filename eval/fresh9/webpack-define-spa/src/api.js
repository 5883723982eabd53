export async function explain(code) {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${__ASSIST_KEY__}` },
    body: JSON.stringify({ model: "codestral-latest", messages: [{ role: "user", content: `Explain:\n${code}` }] }),
  });
  return (await res.json()).choices[0].message.content;
}
