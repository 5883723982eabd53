import { ASSIST_KEY, ASSIST_MODEL, CHAT_URL, MAX_LEN, MODERATION_URL } from "./config.js";

const q = document.getElementById("assist-q");
const out = document.getElementById("assist-a");

async function flagged(text) {
  const res = await fetch(MODERATION_URL, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${ASSIST_KEY}` },
    body: JSON.stringify({ model: "mistral-moderation-latest", input: [text] }),
  });
  const data = await res.json();
  return Object.values(data.results[0].categories).some(Boolean);
}

document.getElementById("assist-go").addEventListener("click", async () => {
  const text = q.value.slice(0, MAX_LEN);
  if (await flagged(text)) {
    out.textContent = "Please rephrase your question.";
    return;
  }
  const res = await fetch(CHAT_URL, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${ASSIST_KEY}` },
    body: JSON.stringify({ model: ASSIST_MODEL, messages: [{ role: "user", content: text }] }),
  });
  const data = await res.json();
  out.textContent = data.choices[0].message.content;
});
