import Router from '@koa/router';
import { rewrite } from '../lib/mistral.js';

const router = new Router({ prefix: '/api' });

router.post('/rewrite', async (ctx) => {
  const { text, style = 'plain' } = ctx.request.body;
  try {
    ctx.body = { text: await rewrite(text, style) };
  } catch (err) {
    console.error('rewrite failed', err);
    ctx.status = 502;
    ctx.body = { error: err.message };
  }
});

export default router;
