const config = require("config");
const { Mistral } = require("@mistralai/mistralai");

const client = new Mistral({ apiKey: config.get("mistral.apiKey") });

async function* streamReply(messages) {
  const stream = await client.chat.stream({ model: config.get("mistral.model"), messages });
  for await (const ev of stream) yield ev.data.choices[0].delta.content ?? "";
}

module.exports = { streamReply };
