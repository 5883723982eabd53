const { SlashCommandBuilder } = require("discord.js");
const { complete } = require("../lib/mistral");

module.exports = {
  data: new SlashCommandBuilder()
    .setName("ask")
    .setDescription("Ask the assistant")
    .addStringOption((o) => o.setName("question").setDescription("Your question").setRequired(true)),
  async execute(interaction) {
    await interaction.deferReply();
    try {
      const answer = await complete(interaction.options.getString("question"));
      await interaction.editReply(answer.slice(0, 1900));
    } catch (error) {
      await interaction.editReply(`Error: ${error.message}`);
    }
  },
};
