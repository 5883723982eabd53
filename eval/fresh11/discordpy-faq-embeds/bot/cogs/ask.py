from discord.ext import commands


class Ask(commands.Cog):
    def __init__(self, bot, answerer, faq_text):
        self.bot = bot
        self.answerer = answerer
        self.faq_text = faq_text

    @commands.command(name="ask")
    async def ask(self, ctx: commands.Context, *, question: str):
        async with ctx.typing():
            try:
                text = await self.answerer.answer(question, self.faq_text)
            except Exception as e:
                await ctx.reply(f"Error while asking Mistral: {e}")
                return
        await ctx.reply(text[:1900])
