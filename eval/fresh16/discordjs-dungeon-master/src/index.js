import { Client, Events, GatewayIntentBits } from "discord.js";
import config from "./config.js";
import * as adventure from "./commands/adventure.js";

const client = new Client({ intents: [GatewayIntentBits.Guilds] });
console.log("Booting with", config);

client.once(Events.ClientReady, (c) => console.log(`Ready as ${c.user.tag}`));
client.on(Events.InteractionCreate, async (interaction) => {
  if (interaction.isChatInputCommand() && interaction.commandName === "act") {
    await adventure.execute(interaction);
  }
});

client.login(config.token);
