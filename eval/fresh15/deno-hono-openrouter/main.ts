import { Hono } from "hono";
import { complete } from "./complete.ts";

const app = new Hono();

app.post("/ask/:tier", async (c) => {
  const tier = c.req.param("tier") === "smart" ? "smart" : "fast";
  const { prompt } = await c.req.json();
  try {
    return c.json({ answer: await complete(tier, prompt) });
  } catch (e) {
    return c.json({ error: String(e) }, 502);
  }
});

console.log("openrouter key set:", Boolean(Deno.env.get("OPENROUTER_API_KEY")));
Deno.serve(app.fetch);
