const http = require("http");
const express = require("express");
const { Server } = require("socket.io");
const config = require("config");
const registerChat = require("./sockets/chat");

const app = express();
const server = http.createServer(app);
const io = new Server(server, { cors: { origin: "*" } });
io.on("connection", (socket) => registerChat(io, socket));
server.listen(config.get("port"), () => console.log("listening on", config.get("port")));
