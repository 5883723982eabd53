const restify = require("restify");
const { summarize, upstreamOptions } = require("./lib/upstream");

const server = restify.createServer({ name: "summary-proxy" });
server.use(restify.plugins.bodyParser());

server.post("/summary", async (req, res) => {
  if (process.env.TRACE) req.log.info({ upstream: upstreamOptions({ probe: true }) }, "upstream request");
  try {
    res.send({ summary: await summarize(req.body.text) });
  } catch (err) {
    res.send(502, { message: err.message });
  }
});

server.listen(8080);
