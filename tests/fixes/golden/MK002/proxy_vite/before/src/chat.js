const MISTRAL_KEY = import.meta.env.VITE_MISTRAL_API_KEY;

export async function ask(messages) {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Authorization: `Bearer ${MISTRAL_KEY}`,
    },
    body: JSON.stringify({ model: "mistral-small-latest", messages }),
  });
  const data = await res.json();
  return data.choices[0].message.content;
}
