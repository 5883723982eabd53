import { Hono } from "hono";
import { rewrite } from "../llm";

export const rewriteRoute = new Hono().post("/", async (c) => {
  const { text, tone } = await c.req.json();
  return c.json({ result: await rewrite(text, tone ?? "friendly") });
});
