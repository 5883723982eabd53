// Runs a fixed web app the way its framework and a browser would, without the framework's build:
// the generated route module answers at its URL (Next.js calls `POST(request)`, SvelteKit calls
// `POST({ request, url })`), and the app's client module runs in this process as a page would,
// its relative fetch URLs resolved against the page's origin. Prints the client's answers as JSON.
// Usage: node app-route-driver.mjs next|sveltekit <route file> <route URL path> <client file> <prompt>...
import http from "node:http";
import { pathToFileURL } from "node:url";

const [framework, routeFile, routePath, clientFile, ...prompts] = process.argv.slice(2);
const route = await import(pathToFileURL(routeFile).href);

const server = http.createServer(async (req, res) => {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const url = new URL(req.url, `http://${req.headers.host}`);
  if (url.pathname !== routePath || typeof route[req.method] !== "function") {
    res.writeHead(404).end();
    return;
  }
  const request = new Request(url, { method: req.method, headers: req.headers,
                                     body: req.method === "POST" ? Buffer.concat(chunks) : undefined });
  const response = framework === "sveltekit" ? await route[req.method]({ request, url }) : await route[req.method](request);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  if (response.body) for await (const chunk of response.body) res.write(chunk);
  res.end();
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));

const origin = `http://127.0.0.1:${server.address().port}`;
const fetchFromNode = globalThis.fetch;
globalThis.fetch = (input, init) => fetchFromNode(typeof input === "string" ? new URL(input, origin) : input, init);
const { ask } = await import(pathToFileURL(clientFile).href);
const answers = [];
for (const prompt of prompts) {
  try {
    answers.push({ answer: await ask([{ role: "user", content: prompt }]) });
  } catch (err) {
    answers.push({ error: String(err && err.message) });
  }
}
console.log(JSON.stringify(answers));
server.close();
