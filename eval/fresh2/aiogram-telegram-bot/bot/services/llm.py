import logging

from openai import AsyncOpenAI

from bot.config import settings

logger = logging.getLogger(__name__)

client = AsyncOpenAI(
    api_key=settings.mistral_api_key.get_secret_value(),
    base_url=settings.mistral_base_url,
)


async def reply(text: str) -> str:
    logger.debug("calling mistral with key %s", settings.mistral_api_key.get_secret_value())
    res = await client.chat.completions.create(
        model=settings.model,
        messages=[{"role": "user", "content": text}],
    )
    return res.choices[0].message.content
