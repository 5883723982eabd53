import fp from "fastify-plugin";
import { Mistral } from "@mistralai/mistralai";

declare module "fastify" {
  interface FastifyInstance {
    mistral: Mistral;
  }
}

export default fp(async (fastify) => {
  fastify.decorate("mistral", new Mistral({ apiKey: process.env.MISTRAL_API_KEY }));
});
