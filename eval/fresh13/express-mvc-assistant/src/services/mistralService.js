const axios = require("axios");
const config = require("../config");
const logger = require("../utils/logger");

class MistralService {
  constructor(cfg = config.mistral) {
    this.cfg = cfg;
  }

  async chat(messages) {
    const headers = {
      Authorization: `Bearer ${this.cfg.apiKey}`,
      "Content-Type": "application/json",
    };
    logger.debug({ headers, model: this.cfg.model }, "calling mistral");
    const { data } = await axios.post(
      "https://api.mistral.ai/v1/chat/completions",
      { model: this.cfg.model, messages },
      { headers }
    );
    return data.choices[0].message.content;
  }
}

module.exports = new MistralService();
