import json

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .services.reply import draft_reply
from .services.triage import classify


@require_POST
def triage_view(request):
    body = json.loads(request.body or "{}").get("text", "")
    try:
        result = classify(body)
    except Exception as exc:
        return JsonResponse({"error": str(exc)}, status=500)
    return JsonResponse(json.loads(result))


@require_POST
def draft_view(request):
    payload = json.loads(request.body or "{}")
    try:
        text = draft_reply(payload.get("text", ""), payload.get("tone", "friendly"))
    except Exception as exc:
        return JsonResponse({"error": repr(exc)}, status=502)
    return JsonResponse({"draft": text})
