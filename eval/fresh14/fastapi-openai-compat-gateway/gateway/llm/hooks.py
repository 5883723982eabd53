import logging

import httpx

logger = logging.getLogger("gateway.http")


def log_request(request: httpx.Request) -> None:
    logger.debug("-> %s %s %s", request.method, request.url, request.headers)


def log_response(response: httpx.Response) -> None:
    logger.debug("<- %s %s", response.status_code, response.headers.get("x-request-id"))
