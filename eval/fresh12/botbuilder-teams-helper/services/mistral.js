const { Mistral } = require("@mistralai/mistralai");
const config = require("../config");

const client = new Mistral({ apiKey: config.MistralKey });

async function answer(text) {
  const res = await client.chat.complete({ model: "mistral-small-latest", messages: [{ role: "user", content: text }] });
  return res.choices[0].message.content;
}

module.exports = { answer };
