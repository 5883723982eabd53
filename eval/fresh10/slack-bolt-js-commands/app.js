const { App } = require("@slack/bolt");

const app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET, extendedErrorHandler: true });
app.command("/explain", require("./commands/explain"));
app.shortcut("explain_message", async ({ shortcut, ack, respond }) => {
  await ack();
  await respond({ text: await require("./services/mistral").explain(shortcut.message.text) });
});
app.error(async ({ error, body }) => {
  if (body?.response_url) await require("axios").post(body.response_url, { text: "Something broke: " + error.message });
});
(async () => { await app.start(process.env.PORT || 3000); console.log("bolt up"); })();
