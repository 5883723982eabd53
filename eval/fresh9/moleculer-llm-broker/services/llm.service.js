const { Mistral } = require("@mistralai/mistralai");

module.exports = {
  name: "llm",
  settings: {
    model: "mistral-small-latest",
    mistralKey: "CIm3HIweaBTyW1CNxy2wO448A2egUfJg",
  },
  created() {
    this.client = new Mistral({ apiKey: this.settings.mistralKey });
    this.logger.info("llm service settings", this.settings);
  },
  actions: {
    async complete(ctx) {
      const r = await this.client.chat.complete({ model: this.settings.model, messages: [{ role: "user", content: ctx.params.prompt }] });
      return r.choices[0].message.content;
    },
  },
};
