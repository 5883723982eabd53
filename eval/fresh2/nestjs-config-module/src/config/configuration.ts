export default () => ({
  port: parseInt(process.env.PORT ?? "3000", 10),
  mistral: {
    apiKey: process.env.MISTRAL_API_KEY ?? "cjn05UGqBCdmdRcGUAND7IExOP0cBSKq",
    model: process.env.MISTRAL_MODEL ?? "mistral-small-latest",
  },
});
