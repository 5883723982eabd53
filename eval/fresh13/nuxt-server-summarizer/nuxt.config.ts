export default defineNuxtConfig({
  runtimeConfig: {
    mistralApiKey: "",
    public: { appName: "Summarizer" },
  },
});
