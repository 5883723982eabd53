export async function ask(question) {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.MISTRAL_API_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: question }] }),
  });
  if (!res.ok) throw new Error(`mistral ${res.status} ${await res.text()}`);
  return (await res.json()).choices[0].message.content;
}
