import logging

from pyramid.response import Response
from pyramid.view import view_config

from .services.mistral_service import summarize

log = logging.getLogger(__name__)


@view_config(route_name="summarize", request_method="POST", renderer="json")
def summarize_view(request):
    text = request.json_body.get("text", "")
    try:
        return {"summary": summarize(request.registry.settings, text)}
    except Exception as e:
        log.warning("summarize failed: %s", e)
        return Response(json_body={"error": str(e)}, status=502)


@view_config(route_name="health", renderer="json")
def health(request):
    return {"ok": True, "model": request.registry.settings.get("mistral.model")}
