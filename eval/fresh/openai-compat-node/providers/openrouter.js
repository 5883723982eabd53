const OpenAI = require('openai');

const openrouter = new OpenAI({
  apiKey: process.env.OPENROUTER_API_KEY,
  baseURL: 'https://openrouter.ai/api/v1',
});

module.exports = { openrouter, model: 'mistralai/mistral-nemo' };
