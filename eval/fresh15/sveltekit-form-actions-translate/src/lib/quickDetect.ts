import { PUBLIC_MISTRAL_KEY } from "$env/static/public";

export async function detectLanguage(text: string): Promise<string> {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: {
      Authorization: `Bearer ${PUBLIC_MISTRAL_KEY}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({
      model: "ministral-3b-latest",
      messages: [{ role: "user", content: `Which language is this? One word.\n${text}` }],
    }),
  });
  const data = await res.json();
  return data.choices[0].message.content.trim();
}
