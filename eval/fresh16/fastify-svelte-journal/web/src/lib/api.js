import { MISTRAL_URL, OWN_API } from "./endpoints.js";

export async function reflect(entry) {
  const r = await fetch(`${OWN_API}/reflect`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ entry }),
  });
  return r.json();
}

// offline mode: the user pastes their own key in settings
export async function quickPrompt(entry, userKey) {
  const r = await fetch(MISTRAL_URL, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: "Bearer " + userKey },
    body: JSON.stringify({ model: "ministral-8b-latest", messages: [{ role: "user", content: "A writing prompt inspired by: " + entry }] }),
  });
  return (await r.json()).choices[0].message.content;
}
