const Router = require("@koa/router");
const { moderate } = require("../lib/mistral");

const router = new Router({ prefix: "/moderate" });

router.post("/", async (ctx) => {
  try {
    const result = await moderate(ctx.request.body.text);
    ctx.body = { flagged: Object.values(result.categories).some(Boolean), result };
  } catch (err) {
    ctx.status = 502;
    ctx.body = { error: err.toString() };
  }
});

module.exports = router;
