const axios = require("axios");

const mistralHttp = axios.create({
  baseURL: "https://api.mistral.ai/v1",
  timeout: 20000,
  headers: { Authorization: `Bearer ${process.env.MISTRAL_API_KEY}` },
});

module.exports = { mistralHttp };
