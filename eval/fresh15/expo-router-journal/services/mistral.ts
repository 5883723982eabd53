const API_URL = "https://api.mistral.ai/v1/chat/completions";
const KEY = process.env.EXPO_PUBLIC_MISTRAL_API_KEY;

export async function reflect(entry: string): Promise<string> {
  const res = await fetch(API_URL, {
    method: "POST",
    headers: { Authorization: `Bearer ${KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      model: "mistral-small-latest",
      messages: [
        { role: "system", content: "You are a kind journaling coach. Reply in two sentences." },
        { role: "user", content: entry },
      ],
    }),
  });
  const data = await res.json();
  return data.choices[0].message.content;
}
