const { Mistral } = require("@mistralai/mistralai");
const config = require("../config");

const client = new Mistral({ apiKey: config.mistralKey });

async function reply(messages) {
  const res = await client.chat.complete({ model: config.model, messages });
  return res.choices[0].message.content;
}

module.exports = { reply };
