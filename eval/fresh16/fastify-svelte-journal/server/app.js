import Fastify from "fastify";
import cookie from "@fastify/cookie";
import mistralPlugin from "./plugins/mistral.js";

const fastify = Fastify({ logger: true });
await fastify.register(cookie, { secret: process.env.COOKIE_SECRET });
await fastify.register(mistralPlugin, { apiKey: process.env.MISTRAL_API_KEY });

fastify.post("/api/reflect", async (req, reply) => {
  try {
    const r = await fastify.mistral.chat.complete({
      model: "mistral-small-latest",
      messages: [{ role: "user", content: `Reflect kindly on this journal entry:\n${req.body.entry}` }],
    });
    return { text: r.choices[0].message.content };
  } catch (err) {
    req.log.error(err);
    return reply.code(502).send({ error: "reflection unavailable" });
  }
});

fastify.post("/api/mood", async (req) => {
  const r = await fastify.mistral.classifiers.moderate({ model: "mistral-moderation-latest", inputs: [req.body.entry] });
  return { categories: r.results[0].categories };
});

fastify.setErrorHandler((err, req, reply) => {
  reply.code(err.statusCode ?? 500).send({ message: err.message });
});

await fastify.listen({ port: 3000 });
