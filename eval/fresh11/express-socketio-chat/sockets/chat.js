const { streamReply } = require("../services/mistral");

module.exports = function registerChat(io, socket) {
  socket.on("chat:send", async (messages) => {
    try {
      for await (const token of streamReply(messages)) socket.emit("chat:token", token);
      socket.emit("chat:done");
    } catch (err) {
      socket.emit("chat:error", { message: err.message });
    }
  });
};
