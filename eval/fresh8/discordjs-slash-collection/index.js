const fs = require("node:fs");
const { Client, Collection, GatewayIntentBits } = require("discord.js");
const { token } = require("./config.json");

const client = new Client({ intents: [GatewayIntentBits.Guilds] });
client.commands = new Collection();
for (const file of fs.readdirSync(`${__dirname}/commands`)) {
  const cmd = require(`./commands/${file}`);
  client.commands.set(cmd.data.name, cmd);
}
client.on("interactionCreate", async (i) => {
  if (i.isChatInputCommand()) await client.commands.get(i.commandName)?.execute(i);
});
client.login(token);
