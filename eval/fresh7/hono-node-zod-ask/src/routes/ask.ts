import { zValidator } from "@hono/zod-validator";
import { generateText } from "ai";
import { Hono } from "hono";
import { z } from "zod";
import { mistral } from "../ai";

export const ask = new Hono().post("/", zValidator("json", z.object({ q: z.string() })), async (c) => {
  try {
    const { text } = await generateText({ model: mistral("mistral-small-latest"), prompt: c.req.valid("json").q });
    return c.json({ text });
  } catch (e) {
    console.error(e);
    return c.json({ error: "generation failed" }, 500);
  }
});
