const { SlashCommandBuilder } = require("discord.js");
const { askLore } = require("../lib/lore");

module.exports = {
  data: new SlashCommandBuilder().setName("lore").setDescription("Ask the lore keeper")
    .addStringOption((o) => o.setName("question").setDescription("What to ask").setRequired(true)),
  async execute(interaction) {
    await interaction.deferReply();
    try {
      await interaction.editReply(await askLore(interaction.options.getString("question")));
    } catch (error) {
      await interaction.editReply(`Error: ${error.message}`);
    }
  },
};
