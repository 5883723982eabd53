from discord.ext import commands
from mistralai import Mistral

from bot.constants import API_TOKEN


class Trivia(commands.Cog):
    def __init__(self, bot):
        self.bot = bot
        self.llm = Mistral(api_key=API_TOKEN)

    @commands.command()
    async def trivia(self, ctx, *, topic: str = "science"):
        try:
            r = await self.llm.chat.complete_async(model="mistral-small-latest", messages=[{"role": "user", "content": "A trivia question about " + topic}])
            await ctx.send(r.choices[0].message.content)
        except Exception:
            await ctx.send("No trivia right now, try later.")


async def setup(bot):
    await bot.add_cog(Trivia(bot))
