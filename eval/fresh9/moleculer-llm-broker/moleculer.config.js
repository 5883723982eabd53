module.exports = {
  nodeID: "node-ec581715510299b58d0a21c5a61bca8e",
  transporter: process.env.TRANSPORTER || null,
  logger: true,
};
