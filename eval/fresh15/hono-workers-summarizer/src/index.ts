import { Hono } from "hono";
import { summarize, type Env } from "./mistral";

const app = new Hono<{ Bindings: Env }>();

app.get("/debug", (c) => {
  console.log(JSON.stringify(c.env));
  return c.text("ok");
});

app.post("/summarize", async (c) => {
  const { text } = await c.req.json<{ text: string }>();
  try {
    return c.json({ summary: await summarize(c.env, text) });
  } catch (e) {
    return c.text(`upstream: ${e}`, 502);
  }
});

export default app;
