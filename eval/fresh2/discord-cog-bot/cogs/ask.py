import logging

from discord.ext import commands

from core.mistral_agent import MistralAgent

log = logging.getLogger(__name__)


class Ask(commands.Cog):
    def __init__(self, bot: commands.Bot, config: dict) -> None:
        self.bot = bot
        self.agent = MistralAgent(config["mistral"]["model"], config["mistral"]["api_key"])

    @commands.command(name="ask")
    async def ask(self, ctx: commands.Context, *, question: str) -> None:
        async with ctx.typing():
            try:
                answer = await self.agent.run(question)
            except Exception as err:
                log.exception("agent failed")
                await ctx.reply(f"⚠️ something broke: {err!r}")
                return
        await ctx.reply(answer[:1900])

    @commands.command(name="ping")
    async def ping(self, ctx: commands.Context) -> None:
        try:
            latency = round(self.bot.latency * 1000)
        except Exception as err:
            await ctx.reply(f"ping failed: {err}")
            return
        await ctx.reply(f"pong {latency} ms")


async def setup(bot: commands.Bot) -> None:
    from bot import CONFIG

    await bot.add_cog(Ask(bot, CONFIG))
