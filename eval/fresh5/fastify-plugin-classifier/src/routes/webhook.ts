import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';

export default async function webhookRoutes(fastify: FastifyInstance) {
  fastify.post('/webhooks/github', async (request, reply) => {
    request.log.info({ headers: request.headers }, 'github webhook received');
    const sig = String(request.headers['x-hub-signature-256'] ?? '');
    const mac = 'sha256=' + crypto.createHmac('sha256', process.env.GITHUB_WEBHOOK_SECRET ?? '').update(JSON.stringify(request.body)).digest('hex');
    if (sig !== mac) return reply.code(401).send({ error: 'bad signature' });
    return { queued: true };
  });
}
