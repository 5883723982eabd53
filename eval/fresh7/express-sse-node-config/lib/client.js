const config = require("config");
const { Mistral } = require("@mistralai/mistralai");

module.exports = new Mistral({ apiKey: config.get("mistral.key") });
