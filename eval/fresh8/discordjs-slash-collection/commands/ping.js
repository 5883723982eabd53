const { SlashCommandBuilder } = require("discord.js");

module.exports = {
  data: new SlashCommandBuilder().setName("ping").setDescription("Latency"),
  async execute(interaction) {
    try {
      await interaction.reply(`Pong ${interaction.client.ws.ping}ms`);
    } catch (error) {
      await interaction.followUp(`Error: ${error.message}`);
    }
  },
};
