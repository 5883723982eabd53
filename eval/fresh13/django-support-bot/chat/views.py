import json

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .services import answer_ticket


@require_POST
def draft_reply(request):
    data = json.loads(request.body)
    try:
        draft = answer_ticket(data["subject"], data["body"])
    except Exception as e:
        return JsonResponse({"ok": False, "error": str(e)}, status=502)
    return JsonResponse({"ok": True, "draft": draft})
