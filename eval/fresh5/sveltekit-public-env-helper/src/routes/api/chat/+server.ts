import { json } from '@sveltejs/kit';
import { MISTRAL_API_KEY } from '$env/static/private';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request }) => {
  const { messages } = await request.json();
  const res = await fetch('https://api.mistral.ai/v1/chat/completions', {
    method: 'POST',
    headers: { Authorization: `Bearer ${MISTRAL_API_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ model: 'mistral-small-latest', messages }),
  });
  if (!res.ok) {
    console.error('mistral', res.status, await res.text());
    return json({ error: 'upstream error' }, { status: 502 });
  }
  return json(await res.json());
};
