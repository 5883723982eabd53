import logging

import lightbulb

from bot.http import make_session

log = logging.getLogger(__name__)
plugin = lightbulb.Plugin("tldr")


@plugin.command
@lightbulb.option("text", "Text to shorten")
@lightbulb.command("tldr", "Summarize a text")
@lightbulb.implements(lightbulb.SlashCommand)
async def tldr(ctx: lightbulb.SlashContext) -> None:
    try:
        async with make_session() as s:
            async with s.post("/v1/chat/completions", json={"model": "mistral-small-latest", "messages": [{"role": "user", "content": "TL;DR: " + ctx.options.text}]}) as r:
                r.raise_for_status()
                text = (await r.json())["choices"][0]["message"]["content"]
    except Exception:
        log.exception("tldr failed")
        text = "Sorry, I could not summarize that."
    await ctx.respond(text)


def load(bot: lightbulb.BotApp) -> None:
    bot.add_plugin(plugin)
