const MISTRAL_KEY = import.meta.env.VITE_MISTRAL_KEY;

export async function quickTitle(text: string) {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${MISTRAL_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      model: "ministral-8b-latest",
      messages: [{ role: "user", content: `Give a six-word title for: ${text}` }],
    }),
  });
  const json = await res.json();
  return json.choices[0].message.content as string;
}
