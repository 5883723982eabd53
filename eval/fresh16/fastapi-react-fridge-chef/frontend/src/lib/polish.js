// "Direct mode" from the hackathon demo: uses the visitor's own key.
const MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions";

export async function polishRecipe(text) {
  const key = localStorage.getItem("mistral_key");
  const res = await fetch(MISTRAL_URL, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: "Bearer " + key },
    body: JSON.stringify({
      model: "mistral-small-latest",
      messages: [{ role: "user", content: "Rewrite this recipe nicely:\n" + text }],
    }),
  });
  const data = await res.json();
  return data.choices[0].message.content;
}
