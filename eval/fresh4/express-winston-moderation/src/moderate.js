const logger = require('./logger');

const URL = 'https://api.mistral.ai/v1/moderations';

async function moderate(texts) {
  const request = {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${process.env.MISTRAL_API_KEY}` },
    body: JSON.stringify({ model: 'mistral-moderation-latest', input: texts }),
  };
  logger.debug('calling mistral moderation', { url: URL, headers: request.headers });
  const res = await fetch(URL, request);
  logger.info('moderation response', { status: res.status, headers: Object.fromEntries(res.headers) });
  if (!res.ok) throw new Error(`moderation failed with ${res.status}`);
  return (await res.json()).results;
}

module.exports = { moderate };
