export default defineNuxtConfig({
  runtimeConfig: {
    mistralApiKey: "",
    public: { appName: "Digest", umamiId: "fb19ca37-fea9-4682-8525-eef4773e4422" },
  },
});
