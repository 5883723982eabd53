import logging
import os

import discord

from . import commands, mistral_api

logging.basicConfig(level=logging.DEBUG)


class Bot(discord.Client):
    def __init__(self):
        super().__init__(intents=discord.Intents.default())
        self.tree = discord.app_commands.CommandTree(self)

    async def setup_hook(self):
        s = await mistral_api.open_session()
        logging.debug("mistral session headers: %s", s.headers)
        self.tree.add_command(commands.explain)
        await self.tree.sync()


Bot().run(os.environ["DISCORD_TOKEN"])
