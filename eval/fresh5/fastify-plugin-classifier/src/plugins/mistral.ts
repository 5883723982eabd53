import fp from 'fastify-plugin';
import { Mistral } from '@mistralai/mistralai';

declare module 'fastify' {
  interface FastifyInstance {
    mistral: Mistral;
  }
}

export default fp(async (fastify) => {
  const apiKey = process.env.MISTRAL_API_KEY;
  if (!apiKey) throw new Error('MISTRAL_API_KEY is not set');
  fastify.decorate('mistral', new Mistral({ apiKey }));
  fastify.log.info({ model: 'mistral-small-latest' }, 'mistral plugin ready');
});
