import { MODERATION_URL, mistralHeaders } from "../_shared/mistral.ts";

Deno.serve(async (req) => {
  const { text } = await req.json();
  if (!text) return new Response(JSON.stringify({ error: "text is required" }), { status: 400 });

  console.log("moderation call", { url: MODERATION_URL, headers: mistralHeaders() });
  const r = await fetch(MODERATION_URL, {
    method: "POST",
    headers: mistralHeaders(),
    body: JSON.stringify({ model: "mistral-moderation-latest", input: [text] }),
  });
  if (!r.ok) {
    return new Response(JSON.stringify({ error: await r.text() }), { status: r.status });
  }
  const data = await r.json();
  return new Response(JSON.stringify({ flagged: Object.values(data.results[0].categories).some(Boolean) }), {
    headers: { "Content-Type": "application/json" },
  });
});
