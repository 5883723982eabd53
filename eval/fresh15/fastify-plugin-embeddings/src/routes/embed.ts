import type { FastifyPluginAsync } from "fastify";

const embedRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.post<{ Body: { inputs: string[] } }>("/embed", async (request, reply) => {
    try {
      const res = await fastify.mistral.embeddings.create({
        model: "mistral-embed",
        inputs: request.body.inputs,
      });
      return { vectors: res.data.map((d) => d.embedding) };
    } catch (e) {
      return reply.code(502).send({ error: (e as Error).message });
    }
  });
};

export default embedRoutes;
