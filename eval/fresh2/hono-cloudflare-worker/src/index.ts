import { Hono } from "hono";
import { streamSSE } from "hono/streaming";
import { tokens, type Env } from "./llm";

const app = new Hono<{ Bindings: Env }>();

app.get("/stream", (c) =>
  streamSSE(c, async (stream) => {
    try {
      for await (const t of tokens(c.env, c.req.query("q") ?? "")) {
        await stream.writeSSE({ data: t });
      }
    } catch (err) {
      await stream.writeSSE({ event: "error", data: String(err) });
    }
  }),
);

app.get("/", (c) => c.text("ok"));

export default app;
