import discord
from discord import app_commands

from . import mistral_api


@app_commands.command(name="explain")
async def explain(interaction: discord.Interaction, topic: str):
    await interaction.response.defer()
    try:
        text = await mistral_api.explain(topic)
    except Exception as err:
        await interaction.followup.send(f"Could not explain: {err}")
        return
    await interaction.followup.send(text[:2000])
