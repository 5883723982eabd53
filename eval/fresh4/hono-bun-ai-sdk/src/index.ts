import { Hono } from "hono";
import { logger } from "hono/logger";
import { rewriteRoute } from "./routes/rewrite";

const app = new Hono();
app.use(logger());
app.route("/rewrite", rewriteRoute);

app.onError((err, c) => {
  console.error(err);
  return c.json({ error: err.message }, 500);
});

export default { port: 3000, fetch: app.fetch };
