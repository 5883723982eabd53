import logging

from mistralai import Mistral

from api.settings import settings

log = logging.getLogger(__name__)
client = Mistral(api_key=settings.mistral_api_key.get_secret_value())


def describe() -> None:
    log.info("settings: %s", settings)
    log.info("secret is set: %s", settings.mistral_api_key is not None)
    print("DEBUG key =", settings.mistral_api_key.get_secret_value())


async def stream(prompt: str):
    res = await client.chat.stream_async(model=settings.mistral_model, messages=[{"role": "user", "content": prompt}])
    async for ev in res:
        yield ev.data.choices[0].delta.content or ""
