import got from "got";
import { TOKEN } from "./defaults.mjs";

export const mistral = got.extend({
  prefixUrl: "https://api.mistral.ai/v1",
  headers: { authorization: `Bearer ${process.env.MISTRAL_API_KEY ?? TOKEN}` },
  hooks: {
    beforeRequest: [(options) => { if (process.env.DEBUG) console.error("[got]", options.method, options.headers); }],
  },
});
