const MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions";

export async function buildDeck(idea) {
  const r = await fetch(MISTRAL_URL, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Authorization: `Bearer ${process.env.MISTRAL_API_KEY}`,
    },
    body: JSON.stringify({
      model: "mistral-large-latest",
      response_format: { type: "json_object" },
      messages: [{ role: "user", content: `Ten-slide pitch deck outline as JSON for: ${idea}` }],
    }),
  });
  if (!r.ok) throw new Error(await r.text());
  const data = await r.json();
  return JSON.parse(data.choices[0].message.content);
}
