{{HEADER}}
// Run it with `node {{PATH}}` (PORT, default 8787; HOST, default 127.0.0.1). In development
// let your dev server forward /api/mistral to it, e.g. in vite.config:
//   server: { proxy: { "/api/mistral": "http://127.0.0.1:8787" } }
import http from "node:http";

{{CORE}}
const MAX_BODY = 1024 * 1024;

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new BadRequest("request too large"));
        req.destroy();
      } else {
        chunks.push(chunk);
      }
    });
    req.on("end", () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString("utf8") || "null"));
      } catch {
        reject(new BadRequest("body must be JSON"));
      }
    });
    req.on("error", reject);
  });
}

function sendJson(res, status, body) {
  res.writeHead(status, { "Content-Type": "application/json" });
  res.end(JSON.stringify(body));
}

async function handle(req, res) {
  const match = /^\/api\/mistral\/([a-z]+)$/.exec((req.url || "").split("?")[0]);
  if (!match || req.method !== "POST") return sendJson(res, 404, { error: "Not found" });
  let input;
  try {
    input = await readJson(req);
  } catch (err) {
    return sendJson(res, 400, { error: err instanceof BadRequest ? err.message : "Bad request" });
  }
  const result = await callMistral(match[1], input);
  if (!result.stream) return sendJson(res, result.status, result.body);
  res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" });
  for await (const chunk of result.body) res.write(chunk);
  res.end();
}

const server = http.createServer((req, res) => {
  handle(req, res).catch((err) => {
    console.error("mistral proxy: unexpected error", err);
    if (!res.headersSent) sendJson(res, 500, { error: GENERIC_ERROR });
    else res.end();
  });
});

server.listen(Number(process.env.PORT ?? 8787), process.env.HOST || "127.0.0.1", () => {
  const { address, port } = server.address();
  console.log(`mistral proxy listening on http://${address}:${port}`);
});
