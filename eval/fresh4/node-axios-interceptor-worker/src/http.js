require('dotenv').config();
const axios = require('axios');

const mistral = axios.create({
  baseURL: 'https://api.mistral.ai/v1',
  headers: { Authorization: `Bearer ${process.env.MISTRAL_API_KEY}` },
});

if (process.env.DEBUG_HTTP) {
  mistral.interceptors.request.use((config) => {
    console.log('->', config.method, config.url, config.headers);
    return config;
  });
  mistral.interceptors.response.use((response) => {
    console.log('<-', response.status, response.config.url, response.headers['x-request-id']);
    return response;
  });
}

module.exports = { mistral };
