const MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions";

export async function weeklyInsights(): Promise<string[]> {
  const res = await fetch(MISTRAL_URL, {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.MISTRAL_API_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      model: "mistral-small-latest",
      messages: [{ role: "user", content: "Three short sales insights, one per line." }],
    }),
  });
  const data = await res.json();
  return String(data.choices[0].message.content).split("\n");
}
