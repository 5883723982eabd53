import asyncio

import discord
from discord.ext import commands

from core.settings import CONFIG

bot = commands.Bot(command_prefix=CONFIG["prefix"], intents=discord.Intents.default())


async def main():
    print(f"Loaded config: {CONFIG}")
    await bot.load_extension("cogs.ask")
    await bot.start(CONFIG["discord_token"])


asyncio.run(main())
