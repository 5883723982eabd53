const { mistralHttp } = require("../clients/mistralHttp");

function requestLogger(req, res, next) {
  console.log(`${req.method} ${req.originalUrl}`);
  if (process.env.DEBUG_UPSTREAM) {
    console.debug("upstream defaults", mistralHttp.defaults.headers);
  }
  next();
}

module.exports = { requestLogger };
