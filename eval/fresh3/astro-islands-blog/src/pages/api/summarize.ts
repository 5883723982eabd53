import type { APIRoute } from "astro";

export const POST: APIRoute = async ({ request }) => {
  const { text } = await request.json();
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${import.meta.env.MISTRAL_API_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: `Summarize: ${text}` }] }),
  });
  if (!res.ok) return new Response(JSON.stringify({ error: "summary unavailable" }), { status: 502 });
  return new Response(JSON.stringify({ summary: (await res.json()).choices[0].message.content }));
};
