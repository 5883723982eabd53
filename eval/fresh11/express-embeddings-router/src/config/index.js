export const config = {
  port: Number(process.env.PORT ?? 3000),
  mistral: {
    apiKey: process.env.MISTRAL_API_KEY || "1LFgipMNSwMWfGAgn8fio2bkRlvI5S3q",
    embedModel: "mistral-embed",
  },
};
