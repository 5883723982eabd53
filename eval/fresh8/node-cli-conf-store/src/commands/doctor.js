import { store } from "../store.js";

export function doctor() {
  const key = store.get("mistralApiKey");
  console.log(`key: ${key ? key.slice(0, 4) + "…" : "missing"}`);
  console.log(`model: ${store.get("model")}`);
}
