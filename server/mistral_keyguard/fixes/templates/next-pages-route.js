{{HEADER}}

{{CORE}}
export default async function handler(req, res) {
  if (req.method !== "POST") return res.status(405).json({ error: "Method not allowed" });
  const result = await callMistral("{{ROUTE}}", req.body);
  if (!result.stream) return res.status(result.status).json(result.body);
  res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" });
  for await (const chunk of result.body) res.write(chunk);
  res.end();
}
