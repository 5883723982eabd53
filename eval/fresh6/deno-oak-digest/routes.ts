import { Router } from "jsr:@oak/oak/router";
import { buildInit, digest } from "./mistral.ts";

export const router = new Router();

router.post("/digest", async (ctx) => {
  const { items } = await ctx.request.body.json();
  if (Deno.env.get("TRACE")) console.log("mistral init", buildInit({ items }));
  try {
    ctx.response.body = { digest: await digest(items) };
  } catch (_e) {
    ctx.response.status = 502;
    ctx.response.body = { error: "digest failed" };
  }
});
