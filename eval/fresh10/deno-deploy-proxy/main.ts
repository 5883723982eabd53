import { MISTRAL_API_KEY } from "./keys.ts";

Deno.serve(async (req) => {
  const body = await req.json();
  const upstream = new Request("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${MISTRAL_API_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "mistral-small-latest", messages: body.messages }),
  });
  if (Deno.env.get("TRACE")) console.log("upstream", upstream.url, Object.fromEntries(upstream.headers));
  console.log("incoming", req.method, new URL(req.url).pathname);
  const res = await fetch(upstream);
  if (!res.ok) return new Response(JSON.stringify({ error: "upstream error" }), { status: 502 });
  return new Response(res.body, { headers: { "Content-Type": "application/json" } });
});
