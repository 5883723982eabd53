import axios from "axios";

export const mistralHttp = axios.create({
  baseURL: "https://api.mistral.ai/v1",
  headers: { Authorization: `Bearer ${import.meta.env.VITE_MISTRAL_KEY}` },
});

mistralHttp.interceptors.request.use((config) => {
  if (import.meta.env.DEV) console.debug("[http]", config.method, config.url, config.headers);
  return config;
});
