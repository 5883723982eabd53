import type { FastifyPluginAsync } from "fastify";

const pingRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.get("/ping", async () => ({ pong: true, uptime: process.uptime() }));
};

export default pingRoutes;
