import logging

log = logging.getLogger("tickets.requests")


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        log.info("%s %s %s", request.method, request.path, dict(request.headers))
        return self.get_response(request)
