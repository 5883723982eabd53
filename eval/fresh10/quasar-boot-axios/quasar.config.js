module.exports = function () {
  return {
    boot: ["mistral"],
    build: {
      vueRouterMode: "history",
      env: {
        MISTRAL_KEY: process.env.MISTRAL_API_KEY,
        APP_VERSION: "1.4.2",
      },
    },
  };
};
