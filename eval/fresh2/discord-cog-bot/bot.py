import asyncio
import os
import tomllib

import discord
from discord.ext import commands

with open("config.toml", "rb") as fh:
    CONFIG = tomllib.load(fh)

intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix=CONFIG["bot"]["prefix"], intents=intents)


async def main() -> None:
    async with bot:
        await bot.load_extension("cogs.ask")
        await bot.start(os.environ["DISCORD_TOKEN"])


if __name__ == "__main__":
    asyncio.run(main())
