import logging

import falcon

from .client import moderate

log = logging.getLogger(__name__)


class ModerateResource:
    def on_post(self, req, resp):
        body = req.get_media()
        try:
            result = moderate(body["text"])
        except Exception as ex:
            resp.status = falcon.HTTP_500
            resp.media = {"error": str(ex)}
            return
        log.info("moderation done for %s", req.get_header("X-Request-ID"))
        resp.media = result
