import asyncio
import logging

from aiogram import Bot, Dispatcher

from bot.config import load_config
from bot.handlers.digest import router
from bot.services.llm import DigestService


async def main():
    config = load_config()
    logging.basicConfig(level=logging.INFO)
    logging.info("starting with %s", config)
    logging.info("admin id %s", config.admin_id)
    dp = Dispatcher(digest_service=DigestService(config.mistral_api_key), posts=[])
    dp.include_router(router)
    await dp.start_polling(Bot(config.bot_token))


asyncio.run(main())
