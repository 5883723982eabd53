const OpenAI = require('openai');

const mistral = new OpenAI({
  apiKey: 'MHYzjx1cM1915nobV1DsKGIf1ppglgof',
  baseURL: 'https://api.mistral.ai/v1',
});

module.exports = { mistral, model: 'mistral-small-latest' };
