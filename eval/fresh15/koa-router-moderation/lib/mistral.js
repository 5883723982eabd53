const debug = require("debug")("moderation:mistral");
const { TOKEN } = require("./secrets");

async function moderate(text) {
  const opts = {
    method: "POST",
    headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "mistral-moderation-latest", input: [text] }),
  };
  debug("request %O", opts);
  const res = await fetch("https://api.mistral.ai/v1/moderations", opts);
  if (!res.ok) throw new Error(`moderation failed: ${res.status} ${await res.text()}`);
  return (await res.json()).results[0];
}

module.exports = { moderate };
