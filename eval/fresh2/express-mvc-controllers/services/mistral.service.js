const { Mistral } = require("@mistralai/mistralai");

const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

async function chat(messages) {
  const res = await client.chat.complete({ model: "mistral-small-latest", messages });
  return res.choices[0].message.content;
}

async function listModels() {
  const res = await client.models.list();
  return res.data.map((m) => m.id);
}

module.exports = { chat, listModels };
