const axios = require('axios');

const mistral = axios.create({
  baseURL: 'https://api.mistral.ai/v1',
  timeout: 30000,
  headers: { Authorization: `Bearer ${process.env.MISTRAL_API_KEY}` },
});

module.exports = { mistral };
