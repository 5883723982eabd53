from aiogram import Router
from aiogram.filters import Command
from aiogram.types import Message

from bot.services.llm import DigestService

router = Router()


@router.message(Command("digest"))
async def cmd_digest(message: Message, digest_service: DigestService, posts: list[str]):
    try:
        text = await digest_service.digest(posts)
    except Exception as e:
        await message.answer(f"Could not build the digest: {e}")
        return
    await message.answer(text)
