import { API_URL, FALLBACK_KEY, MODEL } from "./lib/config.js";

async function summarize(text) {
  const { apiKey } = await chrome.storage.sync.get("apiKey");
  const res = await fetch(API_URL, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${apiKey || FALLBACK_KEY}` },
    body: JSON.stringify({ model: MODEL, messages: [{ role: "user", content: `Summarize:\n${text}` }] }),
  });
  const data = await res.json();
  return data.choices[0].message.content;
}

chrome.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
  if (msg.type !== "summarize") return false;
  summarize(msg.text)
    .then((summary) => sendResponse({ ok: true, summary }))
    .catch(() => sendResponse({ ok: false, error: "Summary failed." }));
  return true;
});
