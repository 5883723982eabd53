module.exports = ({ env }) => ({
  "content-assist": {
    enabled: true,
    config: {
      mistralApiKey: env("MISTRAL_API_KEY", "ivocMWMThk1ayvNUCeSt9fAs7dj0PvTQ"),
      model: "mistral-small-latest",
    },
  },
});
