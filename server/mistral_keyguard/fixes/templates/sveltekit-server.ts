{{HEADER}}
import { json } from "@sveltejs/kit";
import type { RequestHandler } from "./$types";

{{CORE}}
export const POST: RequestHandler = async ({ request }) => {
  let input: unknown;
  try {
    input = await request.json();
  } catch {
    return json({ error: "body must be JSON" }, { status: 400 });
  }
  const result = await callMistral("{{ROUTE}}", input);
  if (result.stream) {
    return new Response(result.body, { headers: { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" } });
  }
  return json(result.body, { status: result.status });
};
