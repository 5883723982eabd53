import logging

logger = logging.getLogger("audit")


class AuditMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/assistant/"):
            logger.info("assistant call from %s headers=%s", request.META.get("REMOTE_ADDR"), dict(request.headers))
        response = self.get_response(request)
        logger.info("status %s", response.status_code)
        return response
