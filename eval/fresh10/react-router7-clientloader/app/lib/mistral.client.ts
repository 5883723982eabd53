const key = import.meta.env.VITE_MISTRAL_API_KEY;

export async function wordOfTheDay(lang: string) {
  const r = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "ministral-3b-latest", messages: [{ role: "user", content: "One uncommon " + lang + " word with its meaning." }] }),
  });
  return (await r.json()).choices[0].message.content as string;
}
