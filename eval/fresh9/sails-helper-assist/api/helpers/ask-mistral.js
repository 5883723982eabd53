const { Mistral } = require("@mistralai/mistralai");

module.exports = {
  friendlyName: "Ask Mistral",
  inputs: { question: { type: "string", required: true } },
  fn: async function ({ question }) {
    const client = new Mistral({ apiKey: sails.config.custom.mistralApiKey });
    const res = await client.chat.complete({ model: "mistral-small-latest", messages: [{ role: "user", content: question }] });
    return res.choices[0].message.content;
  },
};
