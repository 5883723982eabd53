const { mistral } = require('./http');

async function tagReview(text) {
  const { data } = await mistral.post('/chat/completions', {
    model: 'ministral-3b-latest',
    response_format: { type: 'json_object' },
    messages: [{ role: 'user', content: `Return {"tags": [...]} for this review: ${text}` }],
  });
  return JSON.parse(data.choices[0].message.content).tags;
}

module.exports = { tagReview };
