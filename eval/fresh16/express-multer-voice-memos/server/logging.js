import { voxtral } from "./transcriber.js";

export function enableRequestLogging() {
  voxtral.interceptors.request.use((cfg) => {
    console.log("→ voxtral", cfg.method, cfg.url, cfg.headers);
    return cfg;
  });
}
