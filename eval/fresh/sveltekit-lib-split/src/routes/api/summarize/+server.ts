import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { summarize } from '$lib/server/llm';

export const POST: RequestHandler = async ({ request }) => {
  const { text } = await request.json();
  try {
    return json({ summary: await summarize(text) });
  } catch (e) {
    return json({ error: `${e}` }, { status: 500 });
  }
};
