const { lore } = require("../services/mistral");

module.exports = {
  name: "interactionCreate",
  async execute(interaction) {
    if (!interaction.isChatInputCommand() || interaction.commandName !== "lore") return;
    await interaction.deferReply();
    try {
      await interaction.editReply(await lore(interaction.options.getString("question")));
    } catch (err) {
      console.error(err);
      await interaction.editReply("The archive is closed: " + err.message);
    }
  },
};
