const logger = require("../logger");

class MistralAPI {
  constructor(apiKey) {
    this.apiKey = apiKey;
  }

  async complete(prompt) {
    const req = {
      url: "https://api.mistral.ai/v1/chat/completions",
      headers: { Authorization: `Bearer ${this.apiKey}`, "Content-Type": "application/json" },
    };
    logger.debug({ req }, "mistral request");
    const res = await fetch(req.url, {
      method: "POST",
      headers: req.headers,
      body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: prompt }] }),
    });
    if (!res.ok) throw new Error(`Mistral responded ${res.status}: ${await res.text()}`);
    return (await res.json()).choices[0].message.content;
  }
}

module.exports = { MistralAPI };
