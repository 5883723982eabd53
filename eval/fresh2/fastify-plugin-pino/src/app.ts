import Fastify from "fastify";
import mistralPlugin from "./plugins/mistral";
import completions from "./routes/completions";
import health from "./routes/health";
import { registerLogging } from "./hooks/logging";

const app = Fastify({ logger: true });
registerLogging(app);
await app.register(mistralPlugin);
await app.register(completions);
await app.register(health);
await app.listen({ port: 3000 });
