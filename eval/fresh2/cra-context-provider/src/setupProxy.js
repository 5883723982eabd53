// CRA dev server only (runs in Node, never bundled).
const { createProxyMiddleware } = require("http-proxy-middleware");

module.exports = function (app) {
  app.use(
    "/mistral",
    createProxyMiddleware({
      target: "https://api.mistral.ai",
      changeOrigin: true,
      pathRewrite: { "^/mistral": "/v1" },
      headers: { Authorization: `Bearer ${process.env.MISTRAL_API_KEY}` },
    }),
  );
};
