const Router = require("@koa/router");
const log = require("./log");
const upstream = require("./upstream");

const router = new Router({ prefix: "/v1" });

router.post("/chat", async (ctx) => {
  log.info({ path: ctx.path, headers: ctx.headers }, "proxying chat");
  try {
    const { data } = await upstream.post("/chat/completions", ctx.request.body);
    ctx.body = data;
  } catch (err) {
    log.error({ status: err.response?.status }, "upstream failed");
    ctx.status = err.response?.status || 502;
    ctx.body = { error: err.response?.data };
  }
});

router.get("/healthz", (ctx) => {
  log.info({ path: ctx.path, ua: ctx.headers["user-agent"] }, "health");
  ctx.body = { ok: true };
});

module.exports = router;
