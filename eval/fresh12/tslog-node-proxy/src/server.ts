import http from "node:http";
import createDebug from "debug";
import { Logger } from "tslog";
import { config } from "./config";
import { upstreamInit } from "./upstream";

const log = new Logger({ name: "proxy" });
const debug = createDebug("proxy:config");
debug("%O", config);

http
  .createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    const init = upstreamInit(body);
    log.debug({ url: `${config.upstream}/chat/completions`, headers: init.headers });
    const up = await fetch(`${config.upstream}/chat/completions`, init);
    res.writeHead(up.status, { "content-type": "application/json" });
    res.end(await up.text());
  })
  .listen(config.port);
