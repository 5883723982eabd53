module.exports = {
  nodeID: "node-f68a51f2137d07c321bfd72a53bcdb5a",
  transporter: process.env.TRANSPORTER || null,
  logger: true,
};
