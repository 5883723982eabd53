const MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions";
const key = process.env.REACT_APP_MISTRAL_KEY;

export async function ask(prompt) {
  const res = await fetch(MISTRAL_URL, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}` },
    body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: prompt }] }),
  });
  const data = await res.json();
  return data.choices[0].message.content;
}
