import Fastify from 'fastify';
import { Mistral } from '@mistralai/mistralai';

const app = Fastify({ logger: true });
const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

app.get('/health', async () => ({ ok: true }));
app.post('/chat', async (req) => {
  const r = await mistral.chat.complete({ model: 'mistral-small-latest', messages: req.body.messages });
  return { reply: r.choices[0].message.content };
});

app.listen({ port: Number(process.env.PORT) });
