export default defineNuxtConfig({
  runtimeConfig: {
    mistralApiKey: "",
    public: { appName: "Digest", umamiId: "f9370ae0-a3e2-48c3-b4af-53cd78009d61" },
  },
});
