import { Hono } from "hono";
import { logger as honoLogger } from "hono/logger";
import { chat } from "./services/chat";
import { config } from "./config";

const app = new Hono();
app.use(honoLogger());

app.post("/v1/chat", async (c) => {
  const { messages } = await c.req.json();
  const content = await chat(messages);
  return c.json({ content });
});

app.onError((err, c) => {
  return c.json({ error: err.message }, 500);
});

export default { port: config.port, fetch: app.fetch };
