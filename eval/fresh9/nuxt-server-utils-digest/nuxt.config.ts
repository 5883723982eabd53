export default defineNuxtConfig({
  runtimeConfig: {
    mistralApiKey: "",
    public: { appName: "Digest", umamiId: "3a1f717c-8ed1-4900-b11c-7ed488960723" },
  },
});
