require("dotenv").config();

module.exports = {
  port: Number(process.env.PORT || 3000),
  mistral: {
    apiKey: process.env.MISTRAL_API_KEY,
    model: process.env.MISTRAL_MODEL || "mistral-small-latest",
  },
};
