export default defineNuxtConfig({
  runtimeConfig: {
    mistralApiKey: "",
    public: { mistralKey: "", siteId: "" },
  },
});
