{{HEADER}}
{{CORE}}
export async function POST(request) {
  let input;
  try {
    input = await request.json();
  } catch {
    return Response.json({ error: "body must be JSON" }, { status: 400 });
  }
  const result = await callMistral("{{ROUTE}}", input);
  if (result.stream) {
    return new Response(result.body, { headers: { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" } });
  }
  return Response.json(result.body, { status: result.status });
}
