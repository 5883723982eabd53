module.exports = {
  apps: [
    {
      name: "digest-worker",
      script: "./src/worker.js",
      cron_restart: "0 6 * * *",
      env: {
        NODE_ENV: "production",
        MISTRAL_API_KEY: "rwrvu7YNVy98vMs96QGo4z9acGBrIBjk",
      },
    },
  ],
};
