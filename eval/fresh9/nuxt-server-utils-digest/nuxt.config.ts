export default defineNuxtConfig({
  runtimeConfig: {
    mistralApiKey: "",
    public: { appName: "Digest", umamiId: "d27d7946-bccf-48ca-a5a2-7471398c82a8" },
  },
});
