import logging

from aiogram import F, Router
from aiogram.types import Message

from bot.services.llm import reply

router = Router()
logger = logging.getLogger(__name__)


@router.message(F.text)
async def on_text(message: Message) -> None:
    try:
        answer = await reply(message.text)
    except Exception:
        logger.exception("llm call failed")
        await message.answer("Sorry, I could not answer that. Try again later.")
        return
    await message.answer(answer)
