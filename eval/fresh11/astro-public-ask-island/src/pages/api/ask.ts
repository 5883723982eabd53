import type { APIRoute } from "astro";

export const prerender = false;

export const POST: APIRoute = async ({ request }) => {
  const { q } = await request.json();
  const r = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${import.meta.env.MISTRAL_API_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: q }] }),
  });
  if (!r.ok) return new Response(JSON.stringify({ error: "upstream error" }), { status: 502 });
  return new Response(JSON.stringify(await r.json()));
};
