const { explain } = require("../services/mistral");

module.exports = async ({ command, ack, respond }) => {
  await ack();
  try {
    await respond({ text: await explain(command.text) });
  } catch (err) {
    await respond({ response_type: "ephemeral", text: "Explain failed: " + err.message });
  }
};
