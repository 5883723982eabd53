import { Hono } from 'hono';
import { draftReply, type Env } from './llm';

const app = new Hono<{ Bindings: Env }>();

app.post('/draft', async (c) => {
  const { email } = await c.req.json<{ email: string }>();
  try {
    return c.json({ draft: await draftReply(c.env, email) });
  } catch (e) {
    console.error('draft failed', e);
    return c.json({ error: `${e}` }, 500);
  }
});

app.get('/', (c) => c.text('ok'));

export default app;
