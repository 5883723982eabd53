import got from "got";

export const mistral = got.extend({
  prefixUrl: "https://api.mistral.ai/v1",
  headers: { authorization: `Bearer ${process.env.MISTRAL_API_KEY}` },
  hooks: {
    beforeRequest: [(options) => { if (process.env.DEBUG) console.error("[got]", options.method, options.headers); }],
  },
});
