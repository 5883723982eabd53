import { Hono } from "hono";
import { Mistral } from "@mistralai/mistralai";

const app = new Hono();
const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

app.post("/chat", async (c) => {
  const { messages } = await c.req.json();
  try {
    const res = await client.chat.complete({ model: "mistral-small-latest", messages });
    return c.json({ reply: res.choices?.[0]?.message?.content });
  } catch (e) {
    console.error(e);
    return c.json({ error: "upstream error" }, 502);
  }
});

export default app;
