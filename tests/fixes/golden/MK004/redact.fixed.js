// fix: MK004 redact
import axios from "axios";

const api = axios.create({ baseURL: "https://api.mistral.ai/v1" });

api.interceptors.request.use((config) => {
  console.debug("[mistral] request config", Object.fromEntries(Object.entries(config ?? {}).map(([key, value]) => [key, key === "headers" ? Object.fromEntries(Object.entries(value ?? {}).map(([name, text]) => [name, /authorization|cookie|api[-_]key|token/i.test(name) ? "[redacted]" : text])) : value])));
  console.debug("[mistral] headers", Object.fromEntries(Object.entries(config.headers ?? {}).map(([k, v]) => [k, /authorization|cookie|api[-_]key|token/i.test(k) ? "[redacted]" : v])));
  return config;
});

export async function chat(messages) {
  try {
    return await api.post("/chat/completions", { model: "mistral-small-latest", messages });
  } catch (err) {
    console.error("chat failed", err?.message);
    throw err;
  }
}
