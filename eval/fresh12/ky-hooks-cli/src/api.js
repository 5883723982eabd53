import ky from "ky";

export const api = ky.create({
  prefixUrl: "https://api.mistral.ai/v1",
  headers: { Authorization: `Bearer ${process.env.MISTRAL_API_KEY}` },
  timeout: 60000,
});
