import { Hono } from 'hono';
import { chat, type Env } from './mistral';

const app = new Hono<{ Bindings: Env }>();

app.use('*', async (c, next) => {
  console.log(JSON.stringify({ path: c.req.path, headers: c.req.header() }));
  await next();
});

app.post('/chat', async (c) => {
  const { content } = await c.req.json<{ content: string }>();
  try {
    return c.json({ reply: await chat(c.env, content) });
  } catch (err) {
    return c.json({ error: (err as Error).toString() }, 500);
  }
});

export default app;
