const winston = require("winston");

const logger = winston.createLogger({
  level: "info",
  format: winston.format.json(),
  transports: [new winston.transports.File({ filename: "logs/requests.log" })],
});

module.exports = function requestLogger(req, res, next) {
  logger.info("incoming request", { method: req.method, path: req.path, headers: req.headers });
  next();
};
