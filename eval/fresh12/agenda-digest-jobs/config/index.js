export default {
  mongoUrl: process.env.MONGO_URL ?? "mongodb://127.0.0.1/agenda",
  mistral: {
    apiKey: process.env.MISTRAL_API_KEY ?? "TE1fteJPSdgZ9XqapM0rxprn0Uye7BR2",
    model: "mistral-medium-latest",
  },
  digestCron: "0 7 * * *",
};
