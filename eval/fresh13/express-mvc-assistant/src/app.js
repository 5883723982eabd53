const express = require("express");
const config = require("./config");
const logger = require("./utils/logger");

const app = express();
app.use(express.json());
app.use("/api/chat", require("./routes/chat"));

app.listen(config.port, () => logger.info(`listening on ${config.port}`));
