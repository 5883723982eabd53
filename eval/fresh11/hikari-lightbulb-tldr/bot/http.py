import logging

import aiohttp

from bot.settings import settings

log = logging.getLogger("http")


async def _on_request_start(session, ctx, params):
    log.debug("%s %s headers=%s", params.method, params.url, params.headers)


def make_session() -> aiohttp.ClientSession:
    trace = aiohttp.TraceConfig()
    if settings.debug_http:
        trace.on_request_start.append(_on_request_start)
    return aiohttp.ClientSession(
        base_url="https://api.mistral.ai",
        headers={"Authorization": f"Bearer {settings.mistral_key}"},
        trace_configs=[trace],
    )
