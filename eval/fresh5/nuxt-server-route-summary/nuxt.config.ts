export default defineNuxtConfig({
  devtools: { enabled: true },
  runtimeConfig: {
    mistralApiKey: 'Ja3X9KFtprJRxiu0D5VWxNnL2roZ7JxG',
    public: { appName: 'Page Summaries' },
  },
});
