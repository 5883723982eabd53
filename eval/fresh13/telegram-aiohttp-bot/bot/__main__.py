import asyncio
import os

from aiogram import Bot, Dispatcher

from bot.handlers import router


async def main():
    dp = Dispatcher()
    dp.include_router(router)
    await dp.start_polling(Bot(os.environ["TELEGRAM_TOKEN"]))


asyncio.run(main())
