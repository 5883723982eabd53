export default defineNuxtConfig({
  runtimeConfig: {
    mistralApiKey: "",
    public: { mistralModel: "mistral-small-latest" },
  },
});
