import axios from "axios";

export const http = axios.create({
  baseURL: "https://api.mistral.ai/v1",
  headers: { Authorization: `Bearer ${process.env.MISTRAL_API_KEY}` },
  timeout: 30000,
});
