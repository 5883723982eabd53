import { API_URL, DEFAULT_KEY, MODEL } from "./config.js";

async function summarize(text) {
  const { apiKey } = await chrome.storage.sync.get("apiKey");
  const res = await fetch(API_URL, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${apiKey || DEFAULT_KEY}` },
    body: JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "Summarize:\n" + text.slice(0, 20000) }] }),
  });
  if (!res.ok) throw new Error(`Mistral ${res.status}`);
  const data = await res.json();
  return data.choices[0].message.content;
}

chrome.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
  if (msg.type !== "summarize") return;
  chrome.storage.sync.get(null).then((all) => console.debug("settings", all));
  summarize(msg.text)
    .then((summary) => sendResponse({ summary }))
    .catch((err) => sendResponse({ error: err.message }));
  return true;
});
