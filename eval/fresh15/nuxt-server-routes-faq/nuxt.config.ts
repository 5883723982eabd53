export default defineNuxtConfig({
  compatibilityDate: "2025-05-01",
  runtimeConfig: {
    mistralApiKey: process.env.NUXT_MISTRAL_API_KEY || "WjknmcOR4QptvKCHc982KFTxncQuUOD6",
    mistralModel: "mistral-small-latest",
    public: { siteName: "Help center" },
  },
});
