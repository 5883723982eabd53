import asyncio
import os

import discord
from discord.ext import commands

from bot.constants import PREFIX

bot = commands.Bot(command_prefix=PREFIX, intents=discord.Intents.default())


async def main():
    await bot.load_extension("bot.cogs.trivia")
    await bot.start(os.environ["DISCORD_TOKEN"])


asyncio.run(main())
