export default {
  mongoUrl: process.env.MONGO_URL ?? "mongodb://127.0.0.1/agenda",
  mistral: {
    apiKey: process.env.MISTRAL_API_KEY ?? "8T9wvzP6IyZ03zu1iLmh1ZsH7XMXiexI",
    model: "mistral-medium-latest",
  },
  digestCron: "0 7 * * *",
};
