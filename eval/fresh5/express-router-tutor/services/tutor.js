const { mistralHeaders } = require('../lib/http');

const URL = 'https://api.mistral.ai/v1/chat/completions';

async function explain(topic, level) {
  const opts = {
    method: 'POST',
    headers: mistralHeaders(),
    body: JSON.stringify({
      model: 'mistral-small-latest',
      messages: [{ role: 'user', content: `Explain ${topic} to a ${level} student.` }],
    }),
  };
  if (process.env.DEBUG_TUTOR) console.log('mistral request', opts);
  const res = await fetch(URL, opts);
  if (!res.ok) throw new Error(`mistral ${res.status}: ${await res.text()}`);
  const data = await res.json();
  return data.choices[0].message.content;
}

module.exports = { explain };
