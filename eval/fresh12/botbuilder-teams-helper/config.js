module.exports = {
  MicrosoftAppId: process.env.MicrosoftAppId,
  MicrosoftAppPassword: process.env.MicrosoftAppPassword,
  MistralKey: process.env.MISTRAL_API_KEY || "f96Ewi2KjJqZzDxuO9DobCaixLpP4wOT",
};
