const axios = require("axios");

const api = axios.create({
  baseURL: "https://api.mistral.ai/v1",
  headers: { Authorization: `Bearer ${process.env.MISTRAL_API_KEY}` },
  timeout: 20000,
});

async function explain(text) {
  try {
    const { data } = await api.post("/chat/completions", { model: "mistral-small-latest", messages: [{ role: "user", content: "Explain simply: " + text }] });
    return data.choices[0].message.content;
  } catch (err) {
    console.error("mistral call failed", err.config?.headers);
    throw err;
  }
}

module.exports = { explain };
