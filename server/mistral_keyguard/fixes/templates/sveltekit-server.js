{{HEADER}}
import { json } from "@sveltejs/kit";

{{CORE}}
/** @type {import("./$types").RequestHandler} */
export const POST = async ({ request }) => {
  let input;
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
