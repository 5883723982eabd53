import axios from "axios";

export const mistral = axios.create({
  baseURL: "https://api.mistral.ai/v1",
  headers: { Authorization: `Bearer ${process.env.MISTRAL_API_KEY}` },
});

mistral.interceptors.response.use(undefined, (error) => {
  console.error("mistral request failed", error);
  return Promise.reject(error);
});
