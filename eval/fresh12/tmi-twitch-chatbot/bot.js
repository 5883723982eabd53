import "dotenv/config";
import tmi from "tmi.js";
import { reply } from "./lib/mistral.js";

const client = new tmi.Client({
  identity: { username: "helperbot", password: process.env.TWITCH_OAUTH },
  channels: ["somechannel"],
});

client.on("message", async (channel, tags, message, self) => {
  if (self || !message.startsWith("!ai ")) return;
  try {
    const text = await reply(message.slice(4));
    await client.say(channel, `@${tags.username} ${text}`);
  } catch (err) {
    await client.say(channel, `@${tags.username} error: ${err.message}`);
  }
});

client.connect();
