const Store = require("electron-store");
const defaults = require("../config.default.json");

const store = new Store({ defaults });

async function chat(messages) {
  const url = "https://api.mistral.ai/v1/chat/completions";
  const init = {
    method: "POST",
    headers: { Authorization: `Bearer ${store.get("mistral.apiKey")}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: store.get("mistral.model"), messages }),
  };
  console.debug(`[mistral] POST ${url}`, JSON.stringify(init));
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`Mistral ${res.status}`);
  return (await res.json()).choices[0].message.content;
}

module.exports = { chat };
