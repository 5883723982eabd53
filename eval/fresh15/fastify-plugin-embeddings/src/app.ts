import Fastify from "fastify";
import mistralPlugin from "./plugins/mistral";
import embedRoutes from "./routes/embed";
import pingRoutes from "./routes/ping";

export async function build() {
  const app = Fastify({ logger: true });
  await app.register(mistralPlugin, { apiKey: process.env.MISTRAL_API_KEY ?? "" });
  await app.register(embedRoutes, { prefix: "/v1" });
  await app.register(pingRoutes);
  return app;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const app = await build();
  await app.listen({ port: 3000 });
}
