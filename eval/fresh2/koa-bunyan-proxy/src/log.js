const bunyan = require("bunyan");

module.exports = bunyan.createLogger({ name: "koa-mistral-proxy", level: process.env.LOG_LEVEL || "info" });
