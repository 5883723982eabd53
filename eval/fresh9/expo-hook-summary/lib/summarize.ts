const KEY = process.env.EXPO_PUBLIC_MISTRAL_API_KEY;

export async function summarize(text: string) {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "ministral-8b-latest", messages: [{ role: "user", content: text }] }),
  });
  const json = await res.json();
  return json.choices[0].message.content as string;
}
