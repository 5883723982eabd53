const config = require("config");
const { Mistral } = require("@mistralai/mistralai");

const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

async function expand(query) {
  const res = await mistral.chat.complete({
    model: config.get("mistral.model"),
    messages: [{ role: "user", content: `Rewrite as a search query: ${query}` }],
  });
  return res.choices[0].message.content;
}

module.exports = { expand };
