const { Client, Events, GatewayIntentBits } = require("discord.js");
const lore = require("./commands/lore");

const client = new Client({ intents: [GatewayIntentBits.Guilds] });

client.on(Events.InteractionCreate, async (interaction) => {
  if (interaction.isChatInputCommand() && interaction.commandName === "lore") await lore.execute(interaction);
});

client.login(process.env.DISCORD_TOKEN);
