import type { FastifyInstance } from "fastify";

export default async function completions(app: FastifyInstance) {
  app.post<{ Body: { prompt: string } }>("/v1/complete", async (request, reply) => {
    try {
      const res = await app.mistral.chat.complete({
        model: "mistral-small-latest",
        messages: [{ role: "user", content: request.body.prompt }],
      });
      return { text: res.choices?.[0]?.message?.content };
    } catch (err) {
      request.log.error(err, "mistral failed");
      return reply.code(502).send({ error: (err as Error).message });
    }
  });
}
