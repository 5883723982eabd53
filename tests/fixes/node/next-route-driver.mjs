// Serves a generated Next.js route handler module (`export async function POST(request)`) over
// node:http, the way Next calls it: a web Request in, a web Response out.
import http from "node:http";
import { pathToFileURL } from "node:url";

const route = await import(pathToFileURL(process.argv[2]).href);

const server = http.createServer(async (req, res) => {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const request = new Request(`http://${req.headers.host}${req.url}`, {
    method: req.method,
    headers: req.headers,
    body: req.method === "POST" ? Buffer.concat(chunks) : undefined,
  });
  const response = await route.POST(request);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  if (response.body) for await (const chunk of response.body) res.write(chunk);
  res.end();
});
server.listen(0, "127.0.0.1", () => console.log(`listening on http://127.0.0.1:${server.address().port}`));
