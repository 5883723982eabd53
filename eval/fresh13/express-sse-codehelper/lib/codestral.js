const { Mistral } = require("@mistralai/mistralai");

const FALLBACK_KEY = "1uCU6bcwZ54FRjnHXs2Ug9pfODT8rjgU";
const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY || FALLBACK_KEY });

async function* explain(code) {
  const stream = await client.chat.stream({ model: "codestral-latest", messages: [{ role: "user", content: `Explain:\n${code}` }] });
  for await (const ev of stream) yield ev.data.choices[0].delta.content || "";
}

module.exports = { explain };
