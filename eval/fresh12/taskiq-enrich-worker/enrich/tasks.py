import logging

from mistralai import Mistral

from .broker import broker
from .settings import settings

log = logging.getLogger(__name__)


@broker.on_event("worker_startup")
async def startup(state):
    log.info("worker settings: %s", settings.model_dump())
    state.client = Mistral(api_key=settings.mistral_api_key)


@broker.task
async def enrich(product: dict) -> dict:
    client = Mistral(api_key=settings.mistral_api_key)
    resp = await client.chat.complete_async(
        model=settings.mistral_model,
        messages=[{"role": "user", "content": f"Write a product blurb for {product['name']}"}],
    )
    return {**product, "blurb": resp.choices[0].message.content}
