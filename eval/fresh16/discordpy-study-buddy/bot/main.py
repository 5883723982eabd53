import asyncio
import logging

import discord
from discord.ext import commands

from .cogs.quiz import Quiz
from .config import from_env
from .llm import Tutor

logging.basicConfig(level=logging.INFO)


async def main() -> None:
    cfg = from_env()
    logging.info("config loaded: %r", cfg)
    logging.info("model=%s", cfg.model)
    bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())
    await bot.add_cog(Quiz(bot, Tutor(cfg)))
    await bot.start(cfg.discord_token)


if __name__ == "__main__":
    asyncio.run(main())
