const HINT_KEY = import.meta.env.VITE_MISTRAL_KEY;

export async function hint(question: string) {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${HINT_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "ministral-3b-latest", messages: [{ role: "user", content: `Hint for: ${question}` }] }),
  });
  return (await res.json()).choices[0].message.content as string;
}
