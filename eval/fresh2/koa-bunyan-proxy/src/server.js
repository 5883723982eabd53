const Koa = require("koa");
const bodyParser = require("koa-bodyparser");
const router = require("./routes");
const log = require("./log");

const app = new Koa();
app.use(bodyParser());
app.use(router.routes()).use(router.allowedMethods());
app.listen(8080, () => log.info("listening on 8080"));
