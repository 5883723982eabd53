const { App } = require("@slack/bolt");

const app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });
app.command("/explain", require("./commands/explain"));
(async () => { await app.start(process.env.PORT || 3000); console.log("bolt up"); })();
