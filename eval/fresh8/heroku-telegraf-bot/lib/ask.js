const { Mistral } = require("@mistralai/mistralai");

const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

exports.ask = async (text) => {
  const res = await client.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: `Summarize in three bullets: ${text}` }],
  });
  return res.choices[0].message.content;
};
