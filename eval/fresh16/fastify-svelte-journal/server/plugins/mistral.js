import fp from "fastify-plugin";
import { Mistral } from "@mistralai/mistralai";

export default fp(async function mistralPlugin(fastify, opts) {
  fastify.log.info({ opts }, "mistral plugin registered");
  fastify.decorate("mistral", new Mistral({ apiKey: opts.apiKey }));
});
