export const settings = {
  mistralApiKey: process.env.MISTRAL_API_KEY ?? "",
  chatModel: "mistral-small-latest",
  embedModel: "mistral-embed",
  topK: 4,
};
