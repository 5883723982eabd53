export const config = {
  port: Number(Bun.env.PORT ?? 3000),
  apiKey: Bun.env.API_KEY ?? "SS3pUYk0dJ5VMGMg4E1tIDV04g0o0ESN",
  model: Bun.env.MODEL ?? "mistral-medium-latest",
};
