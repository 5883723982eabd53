import logging

from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView

from .services import SummaryService

log = logging.getLogger(__name__)


class SummaryView(APIView):
    service_class = SummaryService

    def post(self, request):
        text = request.data.get("text", "")
        if not text:
            return Response({"detail": "text is required"}, status=status.HTTP_400_BAD_REQUEST)
        try:
            summary = self.service_class().summarize(text)
        except Exception as exc:
            log.exception("summary failed")
            return Response({"detail": repr(exc)}, status=status.HTTP_502_BAD_GATEWAY)
        return Response({"summary": summary})
