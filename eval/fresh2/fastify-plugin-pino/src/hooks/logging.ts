import type { FastifyInstance } from "fastify";

export function registerLogging(app: FastifyInstance) {
  app.addHook("onRequest", async (request) => {
    request.log.info({ url: request.url, headers: request.headers }, "incoming");
  });
  app.addHook("onResponse", async (request, reply) => {
    request.log.info({ url: request.url, status: reply.statusCode }, "done");
  });
}
