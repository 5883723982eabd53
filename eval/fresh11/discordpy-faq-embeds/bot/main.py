import asyncio
import logging

import discord
from discord.ext import commands

from bot.cogs.ask import Ask
from bot.config import load
from bot.llm import FaqAnswerer

logging.basicConfig(level=logging.INFO)


async def main():
    config = load()
    print(f"Loaded config: {vars(config)}")
    intents = discord.Intents.default()
    intents.message_content = True
    bot = commands.Bot(command_prefix="!", intents=intents)
    with open("data/faq.md") as fh:
        await bot.add_cog(Ask(bot, FaqAnswerer(config.mistral_api_key), fh.read()))
    await bot.start(config.discord_token)


asyncio.run(main())
