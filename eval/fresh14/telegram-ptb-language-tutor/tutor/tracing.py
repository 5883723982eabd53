import logging

import aiohttp

log = logging.getLogger("tutor.http")


async def _on_request_start(session, ctx, params: aiohttp.TraceRequestStartParams):
    log.debug("-> %s %s %s", params.method, params.url, params.headers)


def trace_config() -> aiohttp.TraceConfig:
    tc = aiohttp.TraceConfig()
    tc.on_request_start.append(_on_request_start)
    return tc
