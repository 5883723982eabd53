import bolt from "@slack/bolt";
import { summarizeMessages } from "./summarize.js";

const app = new bolt.App({
  token: process.env.SLACK_BOT_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

app.command("/standup", async ({ command, ack, respond, client }) => {
  await ack();
  const history = await client.conversations.history({ channel: command.channel_id, limit: 50 });
  try {
    const summary = await summarizeMessages(history.messages.map((m) => m.text));
    await respond({ text: summary, response_type: "in_channel" });
  } catch (e) {
    await respond({ text: "Summary failed: " + String(e), response_type: "ephemeral" });
  }
});

await app.start(process.env.PORT || 3000);
