import logging

from ninja import NinjaAPI, Schema

from .llm import define

api = NinjaAPI()
log = logging.getLogger(__name__)


class TermIn(Schema):
    term: str
    domain: str = "software"


@api.post("/define")
def define_term(request, body: TermIn):
    try:
        return {"definition": define(body.term, body.domain)}
    except Exception:
        log.exception("define failed for %s", body.term)
        return api.create_response(request, {"detail": "definition service failed"}, status=502)
