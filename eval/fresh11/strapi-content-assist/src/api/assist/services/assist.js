const { Mistral } = require("@mistralai/mistralai");

module.exports = ({ strapi }) => ({
  async suggestTitle(body) {
    const { mistralApiKey, model } = strapi.config.get("plugin::content-assist");
    const client = new Mistral({ apiKey: mistralApiKey });
    const res = await client.chat.complete({ model, messages: [{ role: "user", content: `Title for:\n${body}` }] });
    return res.choices[0].message.content;
  },
});
