const ApiGateway = require("moleculer-web");

module.exports = {
  name: "api",
  mixins: [ApiGateway],
  settings: { port: 3000, routes: [{ path: "/api", aliases: { "POST complete": "llm.complete" } }] },
};
