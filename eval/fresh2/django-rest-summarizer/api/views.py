import logging

from django.db import connection
from rest_framework.response import Response
from rest_framework.views import APIView

from api.services.llm import summarize

logger = logging.getLogger(__name__)


class SummarizeView(APIView):
    def post(self, request):
        text = request.data.get("text", "")
        try:
            summary = summarize(text)
        except Exception as exc:
            logger.warning("summarize failed: %s", exc)
            return Response({"detail": f"Mistral error: {exc}"}, status=502)
        return Response({"summary": summary})


class HealthView(APIView):
    def get(self, request):
        try:
            connection.ensure_connection()
        except Exception as exc:
            return Response({"db": str(exc)}, status=503)
        return Response({"db": "ok"})
