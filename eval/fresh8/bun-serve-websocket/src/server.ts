import { bootLog } from "./log";
import { streamReply } from "./llm";

bootLog();

Bun.serve({
  port: Number(Bun.env.PORT ?? 3000),
  fetch(req, server) {
    if (server.upgrade(req)) return;
    return new Response(Bun.file("public/index.html"));
  },
  websocket: {
    async message(ws, raw) {
      try {
        for await (const delta of streamReply(String(raw))) ws.send(JSON.stringify({ delta }));
        ws.send(JSON.stringify({ done: true }));
      } catch (err) {
        ws.send(JSON.stringify({ error: `${err}` }));
      }
    },
  },
});
