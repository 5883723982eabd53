const { Mistral } = require("@mistralai/mistralai");

const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

async function lore(question) {
  const r = await client.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "system", content: "You are the keeper of the guild's lore." }, { role: "user", content: question }],
  });
  return r.choices[0].message.content;
}

module.exports = { lore };
