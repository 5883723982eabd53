const config = require("config");
const client = require("../lib/client");

async function* streamAnswer(messages) {
  const stream = await client.chat.stream({ model: config.get("mistral.model"), messages });
  for await (const ev of stream) yield ev.data.choices[0].delta.content ?? "";
}

module.exports = { streamAnswer };
