const { Mistral } = require("@mistralai/mistralai");
const { mistralKey } = require("../config.json");

const client = new Mistral({ apiKey: mistralKey });

async function complete(prompt) {
  const res = await client.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: prompt }],
  });
  return res.choices[0].message.content;
}

module.exports = { complete };
