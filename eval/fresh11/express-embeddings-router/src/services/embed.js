import { mistral } from "../lib/mistral.js";
import { config } from "../config/index.js";

export async function embedAll(texts) {
  const res = await mistral.embeddings.create({ model: config.mistral.embedModel, inputs: texts });
  return res.data.map((d) => d.embedding);
}
