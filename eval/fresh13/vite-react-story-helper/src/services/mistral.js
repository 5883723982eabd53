const API_URL = "https://api.mistral.ai/v1/chat/completions";

export async function continueStory(text) {
  const response = await fetch(API_URL, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Authorization: `Bearer ${import.meta.env.VITE_MISTRAL_API_KEY}`,
    },
    body: JSON.stringify({ model: "open-mistral-nemo", messages: [{ role: "user", content: text }] }),
  });
  const json = await response.json();
  return json.choices[0].message.content;
}
