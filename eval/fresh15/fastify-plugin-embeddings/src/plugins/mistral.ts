import fp from "fastify-plugin";
import { Mistral } from "@mistralai/mistralai";

declare module "fastify" {
  interface FastifyInstance {
    mistral: Mistral;
  }
}

export type MistralPluginOptions = { apiKey: string; serverURL?: string };

export default fp<MistralPluginOptions>(async (fastify, opts) => {
  fastify.log.info({ opts }, "mistral plugin ready");
  fastify.decorate("mistral", new Mistral({ apiKey: opts.apiKey, serverURL: opts.serverURL }));
});
