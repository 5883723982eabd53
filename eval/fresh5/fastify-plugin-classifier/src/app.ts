import Fastify from 'fastify';
import mistralPlugin from './plugins/mistral.js';
import classifyRoutes from './routes/classify.js';
import healthRoutes from './routes/health.js';
import webhookRoutes from './routes/webhook.js';

const app = Fastify({ logger: true });
await app.register(mistralPlugin);
await app.register(classifyRoutes);
await app.register(healthRoutes);
await app.register(webhookRoutes);
await app.listen({ port: Number(process.env.PORT ?? 8080), host: '0.0.0.0' });
