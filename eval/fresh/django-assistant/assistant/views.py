import json
import logging

from django.http import JsonResponse, StreamingHttpResponse
from django.views.decorators.http import require_POST

from .services import complete, stream_reply

logger = logging.getLogger(__name__)


@require_POST
def chat_stream(request):
    question = json.loads(request.body)["question"]

    def events():
        try:
            for piece in stream_reply(question):
                yield f"data: {json.dumps({'delta': piece})}\n\n"
        except Exception as exc:
            yield f"event: error\ndata: {exc}\n\n"

    return StreamingHttpResponse(events(), content_type="text/event-stream")


@require_POST
def chat(request):
    question = json.loads(request.body)["question"]
    try:
        return JsonResponse({"answer": complete(question)})
    except Exception:
        logger.exception("chat failed")
        return JsonResponse({"error": "The assistant is unavailable."}, status=502)
