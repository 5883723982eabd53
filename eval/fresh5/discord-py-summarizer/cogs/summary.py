import logging

from discord.ext import commands

from services.llm import summarize

log = logging.getLogger("bot.summary")


class Summary(commands.Cog):
    def __init__(self, bot):
        self.bot = bot

    @commands.command(name="tldr")
    async def tldr(self, ctx, limit: int = 100):
        lines = [f"{m.author.display_name}: {m.content}" async for m in ctx.channel.history(limit=limit)]
        try:
            text = await summarize(lines)
        except Exception as err:
            log.exception("summary failed in %s", ctx.channel.id)
            await ctx.reply(f"Could not summarize: {err}")
            return
        await ctx.reply(text[:1900])

    @commands.command(name="ping")
    async def ping(self, ctx):
        try:
            latency = round(self.bot.latency * 1000)
        except Exception as err:
            await ctx.reply(f"ping failed: {err}")
            return
        await ctx.reply(f"pong {latency} ms")


async def setup(bot):
    await bot.add_cog(Summary(bot))
