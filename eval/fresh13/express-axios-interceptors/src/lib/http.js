import axios from "axios";

export const mistralHttp = axios.create({
  baseURL: "https://api.mistral.ai/v1",
  headers: { Authorization: `Bearer ${process.env.MISTRAL_API_KEY}` },
});

mistralHttp.interceptors.request.use((config) => {
  console.log("[mistral] ->", config.method, config.url, config.headers);
  return config;
});
