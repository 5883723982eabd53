const MISTRAL = 'https://api.mistral.ai/v1';

async function forward(path, body) {
  return fetch(`${MISTRAL}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${process.env.MISTRAL_API_KEY}` },
    body: JSON.stringify(body),
  });
}

module.exports = { forward };
