const express = require("express");
const config = require("./config");
const logger = require("./lib/logger");

const app = express();
app.use(express.json());
app.use("/api", require("./routes/chat"));
app.use("/api", require("./routes/admin"));

app.listen(config.port, () => {
  console.log("starting with config", config);
  logger.info({ port: config.port, model: config.model }, "listening");
});
