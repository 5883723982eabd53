export default defineNuxtConfig({
  runtimeConfig: {
    mistralApiKey: process.env.NUXT_MISTRAL_API_KEY || "c1g1QXiR4YyXoxuiCnfzNGuJw28dxhCn",
    sessionPassword: process.env.NUXT_SESSION_PASSWORD || "",
    public: { appName: "Translate" },
  },
});
