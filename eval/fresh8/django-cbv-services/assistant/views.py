import json
import logging

from django.http import JsonResponse
from django.views import View

from .services import AssistantService

log = logging.getLogger(__name__)


class DraftReplyView(View):
    service_class = AssistantService

    def post(self, request):
        payload = json.loads(request.body or b"{}")
        try:
            draft = self.service_class().reply(payload["text"])
        except KeyError:
            return JsonResponse({"detail": "text is required"}, status=400)
        except Exception as exc:
            log.warning("draft failed")
            return JsonResponse({"detail": f"upstream: {exc}"}, status=502)
        return JsonResponse({"draft": draft})
