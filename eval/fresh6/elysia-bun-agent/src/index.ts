import { Elysia, t } from "elysia";
import { runAgent } from "./agent";
import { PORT } from "./env";

const AGENT_ID = "ag:bcbc95ca57121e3139d0d5217581c9c6";

new Elysia()
  .onError(({ error, set }) => {
    set.status = 500;
    return { error: error.message };
  })
  .post("/ask", async ({ body }) => ({ answer: await runAgent(AGENT_ID, body.q) }), {
    body: t.Object({ q: t.String() }),
  })
  .get("/health", () => ({ ok: true, release: process.env.RENDER_GIT_COMMIT ?? "dev" }))
  .listen(PORT);
