import asyncio
import logging

from aiogram import Bot, Dispatcher

from bot.config import settings
from bot.handlers.chat import router

logging.basicConfig(level=logging.DEBUG)
logging.getLogger(__name__).info("starting with %s", settings)


async def main() -> None:
    bot = Bot(token=settings.bot_token.get_secret_value())
    dp = Dispatcher()
    dp.include_router(router)
    await dp.start_polling(bot)


if __name__ == "__main__":
    asyncio.run(main())
