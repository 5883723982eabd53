export const config = {
  port: Number(process.env.PORT ?? 3000),
  mistral: {
    apiKey: process.env.MISTRAL_API_KEY || "PYNwP7KaHvMQe8B8rcQzYIU3XBuaCwx8",
    embedModel: "mistral-embed",
  },
};
