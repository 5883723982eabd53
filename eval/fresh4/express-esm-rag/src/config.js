export const config = {
  port: Number(process.env.PORT ?? 3000),
  mistralKey: process.env.MISTRAL_API_KEY,
  embedModel: 'mistral-embed',
  chatModel: 'mistral-small-latest',
};
