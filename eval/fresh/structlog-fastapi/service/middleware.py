from starlette.middleware.base import BaseHTTPMiddleware

from service.logging_setup import log


class AccessLog(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        log.info("request", path=request.url.path, headers=dict(request.headers))
        response = await call_next(request)
        log.info("response", path=request.url.path, status=response.status_code)
        return response
