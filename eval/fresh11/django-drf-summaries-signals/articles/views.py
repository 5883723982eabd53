import logging

from rest_framework.response import Response
from rest_framework.views import APIView

from articles.models import Article
from articles.services import SummaryService

logger = logging.getLogger(__name__)


class ResummarizeView(APIView):
    def post(self, request, pk):
        article = Article.objects.get(pk=pk)
        try:
            article.summary = SummaryService().summarize(article.body)
        except Exception:
            logger.exception("resummarize failed")
            return Response({"detail": "Summary service unavailable."}, status=503)
        article.save(update_fields=["summary"])
        return Response({"summary": article.summary})
