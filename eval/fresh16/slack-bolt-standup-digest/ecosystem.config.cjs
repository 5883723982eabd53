module.exports = {
  apps: [
    {
      name: "standup-digest",
      script: "src/app.js",
      env_production: {
        NODE_ENV: "production",
        MISTRAL_API_KEY: "cbzJHwEwyUBhq7h6jqUWybKTcZVP4cR2",
      },
    },
  ],
};
