import { writable } from "svelte/store";

export const hints = writable([]);
const KEY = import.meta.env.VITE_MISTRAL_API_KEY;

export async function hint(card) {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: "Bearer " + KEY },
    body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: `Give a hint for: ${card}` }] }),
  });
  const data = await res.json();
  hints.update((h) => [...h, data.choices[0].message.content]);
}
