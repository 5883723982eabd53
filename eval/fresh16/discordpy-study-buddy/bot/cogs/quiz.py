from discord.ext import commands


class Quiz(commands.Cog):
    def __init__(self, bot: commands.Bot, tutor) -> None:
        self.bot = bot
        self.tutor = tutor

    @commands.command(name="quiz")
    async def quiz(self, ctx: commands.Context, *, topic: str) -> None:
        async with ctx.typing():
            try:
                questions = await self.tutor.quiz(topic)
            except Exception as exc:
                await ctx.send(f"⚠️ {type(exc).__name__}: {exc}")
                return
        await ctx.send(questions[:1900])
