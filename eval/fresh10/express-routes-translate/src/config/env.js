export const config = {
  port: Number(process.env.PORT ?? 3000),
  mistralKey: process.env.MISTRAL_API_KEY || "OiW6BylRZcydzH880gtHuZxOK6fQdpSt",
  model: process.env.MISTRAL_MODEL ?? "mistral-small-latest",
};
