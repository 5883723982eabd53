import Fastify from 'fastify';
import { log } from './log';
import { streamAnswer } from './llm/stream';

const app = Fastify();

app.addHook('onRequest', async (request) => {
  log.info({ reqId: request.id, url: request.url }, 'request');
  log.debug({ headers: request.headers }, 'request headers');
});

app.get('/sse', async (request, reply) => {
  const q = (request.query as { q: string }).q;
  reply.raw.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
  try {
    for await (const piece of streamAnswer(q)) {
      reply.raw.write(`data: ${JSON.stringify({ piece })}\n\n`);
    }
  } catch (err) {
    reply.raw.write(`data: ${JSON.stringify({ error: (err as Error).message })}\n\n`);
  } finally {
    reply.raw.end();
  }
});

app.listen({ port: 3000 });
