import logging

from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import Entry
from .serializers import EntrySerializer
from .services.mistral import answer

log = logging.getLogger(__name__)


class EntryViewSet(viewsets.ModelViewSet):
    queryset = Entry.objects.all()
    serializer_class = EntrySerializer

    @action(detail=False, methods=["post"])
    def ask(self, request):
        question = request.data.get("question", "")
        context = "\n".join(e.text for e in Entry.objects.filter(published=True)[:20])
        try:
            text = answer(question, context)
        except Exception as exc:
            return Response({"detail": repr(exc)}, status=status.HTTP_502_BAD_GATEWAY)
        return Response({"answer": text})

    @action(detail=True, methods=["post"])
    def reindex(self, request, pk=None):
        try:
            self.get_object().reindex()
        except Exception as exc:
            log.warning("reindex failed: %s", exc)
            return Response({"detail": "reindex failed"}, status=500)
        return Response(status=204)
