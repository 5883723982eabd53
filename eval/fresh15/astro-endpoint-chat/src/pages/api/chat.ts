import type { APIRoute } from "astro";
import { reply } from "../../lib/mistral";

export const prerender = false;

export const POST: APIRoute = async ({ request }) => {
  const { history } = await request.json();
  try {
    const answer = await reply(history);
    return new Response(JSON.stringify({ answer }), {
      headers: { "Content-Type": "application/json" },
    });
  } catch (e) {
    return new Response(JSON.stringify({ error: String(e) }), { status: 500 });
  }
};
