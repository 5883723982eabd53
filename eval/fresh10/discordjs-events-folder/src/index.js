const fs = require("node:fs");
const path = require("node:path");
const { Client, GatewayIntentBits } = require("discord.js");

const client = new Client({ intents: [GatewayIntentBits.Guilds] });
for (const file of fs.readdirSync(path.join(__dirname, "events"))) {
  const ev = require(path.join(__dirname, "events", file));
  client.on(ev.name, (...args) => ev.execute(...args));
}
client.login(process.env.DISCORD_TOKEN);
