import { Mistral } from "@mistralai/mistralai";
import { consola } from "consola";
import config from "../config/index.js";

export function defineDigest(agenda) {
  consola.info("digest job config", config);
  const client = new Mistral({ apiKey: config.mistral.apiKey });

  agenda.define("daily digest", async (job) => {
    const { items } = job.attrs.data;
    const res = await client.chat.complete({
      model: config.mistral.model,
      messages: [{ role: "user", content: `Digest these items:\n${items.join("\n")}` }],
    });
    consola.success(`digest ready (${res.usage?.totalTokens ?? 0} tokens)`);
  });
}
