import { mistralHttp } from "../lib/http.js";

export function embed(texts) {
  return mistralHttp
    .post("/embeddings", { model: "mistral-embed", input: texts })
    .then((r) => r.data.data.map((d) => d.embedding))
    .catch((err) => {
      console.error("embedding request failed", err);
      throw err;
    });
}
