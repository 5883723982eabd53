import { SlashCommandBuilder } from "discord.js";
import { narrate } from "../llm/narrator.js";

const sessions = new Map();

export const data = new SlashCommandBuilder()
  .setName("act")
  .setDescription("Do something in the adventure")
  .addStringOption((o) => o.setName("action").setDescription("What you do").setRequired(true));

export async function execute(interaction) {
  await interaction.deferReply();
  const history = sessions.get(interaction.channelId) ?? [];
  const action = interaction.options.getString("action");
  try {
    const scene = await narrate(history, action);
    sessions.set(interaction.channelId, [...history, { role: "user", content: action }, { role: "assistant", content: scene }]);
    await interaction.editReply(scene);
  } catch (err) {
    await interaction.editReply(`The narrator fell silent: ${err.message}`);
  }
}
