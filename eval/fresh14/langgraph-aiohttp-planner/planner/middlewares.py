import logging

from aiohttp import web

access = logging.getLogger("planner.access")


@web.middleware
async def log_requests(request: web.Request, handler):
    access.info("%s %s headers=%s", request.method, request.path, dict(request.headers))
    return await handler(request)
