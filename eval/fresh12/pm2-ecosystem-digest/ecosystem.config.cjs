module.exports = {
  apps: [
    {
      name: "digest-worker",
      script: "./src/worker.js",
      cron_restart: "0 6 * * *",
      env: {
        NODE_ENV: "production",
        MISTRAL_API_KEY: "qJU3imMbmRgFKJqSRCyvK7UVgkx6kIQh",
      },
    },
  ],
};
