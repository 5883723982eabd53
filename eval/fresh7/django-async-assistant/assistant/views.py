import json
import traceback

from django.http import JsonResponse

from .services.mistral import draft_reply


async def draft(request):
    payload = json.loads(request.body)
    try:
        text = await draft_reply(payload["ticket"])
    except Exception:
        return JsonResponse({"detail": traceback.format_exc()}, status=500)
    return JsonResponse({"draft": text})
