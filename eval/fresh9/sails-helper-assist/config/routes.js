module.exports.routes = {
  "POST /api/ask": { action: "assist/ask" },
};
