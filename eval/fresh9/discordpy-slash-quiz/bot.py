import discord
from discord import app_commands

from bot_config import DISCORD_TOKEN, GUILD_ID
from quiz_service import QuizService

intents = discord.Intents.default()
client = discord.Client(intents=intents)
tree = app_commands.CommandTree(client)
quiz = QuizService()


@tree.command(name="quiz", guild=discord.Object(id=GUILD_ID))
async def quiz_cmd(interaction: discord.Interaction, topic: str):
    try:
        q = await quiz.question(topic)
    except Exception as e:
        await interaction.response.send_message(f"Could not make a question: {e}", ephemeral=True)
        return
    await interaction.response.send_message(q)


client.run(DISCORD_TOKEN)
