import logging

logger = logging.getLogger("http")


async def log_request(request):
    logger.debug("-> %s %s headers=%s", request.method, request.url, request.headers)


async def log_response(response):
    logger.debug("<- %s %s", response.status_code, response.url)
