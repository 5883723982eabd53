import asyncio
import logging

import discord
from discord.ext import commands

from config import DISCORD_TOKEN

logging.basicConfig(level=logging.INFO)
intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="!", intents=intents)


async def main():
    async with bot:
        await bot.load_extension("cogs.summary")
        logging.info("starting with token set: %s", bool(DISCORD_TOKEN))
        await bot.start(DISCORD_TOKEN)


if __name__ == "__main__":
    asyncio.run(main())
