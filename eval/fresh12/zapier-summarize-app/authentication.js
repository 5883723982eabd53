module.exports = {
  type: "custom",
  fields: [{ key: "apiKey", label: "Mistral API key", required: true, type: "password" }],
  test: { url: "https://api.mistral.ai/v1/models", headers: { Authorization: "Bearer {{bundle.authData.apiKey}}" } },
};
