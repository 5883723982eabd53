import logging

import httpx

log = logging.getLogger("agent.http")


async def log_request(request: httpx.Request) -> None:
    log.debug("→ %s %s headers=%s", request.method, request.url, dict(request.headers))


async def log_response(response: httpx.Response) -> None:
    log.debug("← %s %s", response.status_code, response.headers.get("x-request-id"))
