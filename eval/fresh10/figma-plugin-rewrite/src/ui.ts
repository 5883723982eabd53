import { MISTRAL_API_KEY, MODEL } from "./settings";

onmessage = async (event) => {
  const msg = event.data.pluginMessage;
  if (msg?.type !== "text") return;
  const r = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${MISTRAL_API_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "Rewrite more concisely: " + msg.text }] }),
  });
  const j = await r.json();
  parent.postMessage({ pluginMessage: { type: "rewritten", text: j.choices[0].message.content } }, "*");
};
