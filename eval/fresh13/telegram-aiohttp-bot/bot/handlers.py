import logging

from aiogram import Router
from aiogram.types import Message

from bot.http import get_session

router = Router()
log = logging.getLogger(__name__)


@router.message()
async def on_message(message: Message):
    session = await get_session()
    log.debug("session headers: %s", session.headers)
    async with session.post("/v1/chat/completions", json={
        "model": "mistral-small-latest",
        "messages": [{"role": "user", "content": message.text}],
    }) as r:
        data = await r.json()
    try:
        await message.answer(data["choices"][0]["message"]["content"])
    except KeyError:
        await message.answer("Sorry, I could not answer that.")
