const { Mistral } = require('@mistralai/mistralai');

const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

exports.summarize = async (text) => {
  const res = await client.chat.complete({
    model: process.env.MISTRAL_MODEL || 'mistral-small-latest',
    messages: [{ role: 'user', content: `Summarize: ${text}` }],
  });
  return res.choices[0].message.content;
};
