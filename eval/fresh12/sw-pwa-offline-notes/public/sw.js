/* Service worker: drafts note titles in the background with the user's own key */
importScripts("/idb-keyval.js");

self.addEventListener("message", async (event) => {
  if (event.data?.type !== "title") return;
  const key = await idbKeyval.get("mistral-key");
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "ministral-3b-latest", messages: [{ role: "user", content: `Title for: ${event.data.text}` }] }),
  });
  const data = await res.json();
  event.source.postMessage({ type: "title", id: event.data.id, title: data.choices[0].message.content });
});
