import logging

import lightbulb

from bot.settings import settings

logging.basicConfig(level=logging.DEBUG if settings.debug_http else logging.INFO)
logging.getLogger("bot").info("starting with %r", settings)
bot = lightbulb.BotApp(token=settings.token)
bot.load_extensions("bot.extensions.tldr")
bot.run()
