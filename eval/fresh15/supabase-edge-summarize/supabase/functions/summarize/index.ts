import { corsHeaders } from "../_shared/cors.ts";
import { mistralHeaders, summarize } from "../_shared/mistral.ts";

Deno.serve(async (req) => {
  if (req.method === "OPTIONS") return new Response("ok", { headers: corsHeaders });
  if (Deno.env.get("DEBUG") === "1") console.log("headers", mistralHeaders());
  try {
    const { text } = await req.json();
    const summary = await summarize(text);
    return new Response(JSON.stringify({ summary }), { headers: { ...corsHeaders, "Content-Type": "application/json" } });
  } catch (err) {
    return new Response(JSON.stringify({ error: err.message }), {
      status: 500,
      headers: { ...corsHeaders, "Content-Type": "application/json" },
    });
  }
});
