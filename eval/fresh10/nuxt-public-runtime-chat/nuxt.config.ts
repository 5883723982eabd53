export default defineNuxtConfig({
  runtimeConfig: {
    sessionPassword: process.env.NUXT_SESSION_PASSWORD,
    public: {
      mistralApiKey: process.env.NUXT_PUBLIC_MISTRAL_API_KEY,
      mistralModel: "mistral-small-latest",
    },
  },
});
