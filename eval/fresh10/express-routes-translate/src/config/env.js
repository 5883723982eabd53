export const config = {
  port: Number(process.env.PORT ?? 3000),
  mistralKey: process.env.MISTRAL_API_KEY || "0AiSFwyBY4yKHGXJaX71itJCHjs7Dgtz",
  model: process.env.MISTRAL_MODEL ?? "mistral-small-latest",
};
