const Koa = require("koa");
const bodyParser = require("koa-bodyparser");
const moderate = require("./routes/moderate");
const status = require("./routes/status");

const app = new Koa();
app.use(bodyParser());
app.use(moderate.routes());
app.use(status.routes());
app.listen(process.env.PORT || 4000);
