import type { FastifyInstance } from 'fastify';

const LABELS = ['billing', 'bug', 'feature', 'other'];

export default async function classifyRoutes(fastify: FastifyInstance) {
  fastify.post<{ Body: { text: string } }>('/classify', async (request, reply) => {
    try {
      const res = await fastify.mistral.chat.complete({
        model: 'mistral-small-latest',
        responseFormat: { type: 'json_object' },
        messages: [{ role: 'user', content: `Classify into ${LABELS.join(', ')}: ${request.body.text}` }],
      });
      return JSON.parse(String(res.choices?.[0]?.message?.content ?? '{}'));
    } catch (err) {
      request.log.error(err);
      return reply.code(502).send({ error: String(err) });
    }
  });
}
