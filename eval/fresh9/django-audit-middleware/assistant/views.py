import logging

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .services import ReplyService

log = logging.getLogger(__name__)


@require_POST
def ask(request):
    try:
        answer = ReplyService().reply(request.POST.get("q", ""))
    except Exception:
        log.exception("reply failed")
        return JsonResponse({"error": "The assistant is unavailable."}, status=503)
    return JsonResponse({"answer": answer})
