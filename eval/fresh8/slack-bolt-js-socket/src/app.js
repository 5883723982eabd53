import bolt from "@slack/bolt";
import { registerHealth } from "./listeners/health.js";
import { registerMention } from "./listeners/mention.js";

const app = new bolt.App({
  token: process.env.SLACK_BOT_TOKEN,
  appToken: process.env.SLACK_APP_TOKEN,
  socketMode: true,
});
registerMention(app);
registerHealth(app);
await app.start();
