import logging

import httpx
from saq import Queue

from .settings import settings

log = logging.getLogger("worker")


async def startup(ctx):
    log.info("starting worker with %r", settings)
    ctx["http"] = httpx.AsyncClient(
        base_url="https://api.mistral.ai/v1",
        headers={"Authorization": f"Bearer {settings.mistral_key}"},
    )


async def summarize(ctx, *, text: str) -> str:
    http = ctx["http"]
    log.debug("POST /chat/completions headers=%s", dict(http.headers))
    r = await http.post("/chat/completions", json={"model": settings.model, "messages": [{"role": "user", "content": text}]})
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


queue = Queue.from_url(settings.redis_url)
settings_saq = {"queue": queue, "functions": [summarize], "startup": startup, "concurrency": 4}
