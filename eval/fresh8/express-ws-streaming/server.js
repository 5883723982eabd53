import http from "node:http";
import { WebSocketServer } from "ws";
import { streamChat } from "./lib/stream.js";

const server = http.createServer();
const wss = new WebSocketServer({ server, path: "/ws" });

wss.on("connection", (ws, req) => {
  console.log("client connected", req.socket.remoteAddress);
  ws.on("message", async (raw) => {
    const { messages } = JSON.parse(raw.toString());
    try {
      for await (const delta of streamChat(messages)) {
        ws.send(JSON.stringify({ type: "delta", delta }));
      }
      ws.send(JSON.stringify({ type: "done" }));
    } catch (e) {
      ws.send(JSON.stringify({ type: "error", detail: String(e) }));
    }
  });
});

server.listen(8080);
