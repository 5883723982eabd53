export default defineNuxtConfig({
  runtimeConfig: {
    mistralApiKey: "",
    public: { appName: "Digest", umamiId: "63b488a7-2187-4791-81f0-405b2e5ed36b" },
  },
});
