const Router = require("@koa/router");
const { createClient } = require("redis");
const { REDIS_URL } = require("../lib/secrets");

const router = new Router();

router.get("/status", async (ctx) => {
  const redis = createClient({ url: REDIS_URL });
  try {
    await redis.connect();
    await redis.ping();
    ctx.body = { redis: "up" };
  } catch (err) {
    ctx.status = 503;
    ctx.body = { redis: "down", error: err.message };
  } finally {
    await redis.quit().catch(() => {});
  }
});

module.exports = router;
