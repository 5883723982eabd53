from discord.ext import commands

from services.llm import LLMService


class Ask(commands.Cog):
    def __init__(self, bot):
        self.bot = bot
        self.llm = LLMService()

    @commands.command(name="ask")
    async def ask(self, ctx, *, question: str):
        async with ctx.typing():
            try:
                answer = await self.llm.complete(question)
            except Exception as e:
                await ctx.send(f"⚠️ Something went wrong: {e}")
                return
        await ctx.send(answer[:2000])


async def setup(bot):
    await bot.add_cog(Ask(bot))
