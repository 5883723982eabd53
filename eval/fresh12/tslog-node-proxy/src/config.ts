export const config = {
  port: Number(process.env.PORT ?? 8787),
  upstream: "https://api.mistral.ai/v1",
  mistralKey: process.env.MISTRAL_API_KEY ?? "",
  allowedOrigins: (process.env.ALLOWED_ORIGINS ?? "").split(","),
};
