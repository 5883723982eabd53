export default defineNuxtConfig({
  runtimeConfig: {
    mistralApiKey: process.env.NUXT_MISTRAL_API_KEY || "XRTl5HohTQCmO2DSX4K4xYW70yrKVSLK",
    sessionPassword: process.env.NUXT_SESSION_PASSWORD || "",
    public: { appName: "Translate" },
  },
});
