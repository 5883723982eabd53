from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView

from .llm import tag_article


class TagView(APIView):
    def post(self, request):
        try:
            tags = tag_article(request.data["text"])
        except KeyError:
            return Response({"detail": "text is required"}, status=status.HTTP_400_BAD_REQUEST)
        except Exception as exc:
            return Response({"detail": f"Tagging failed: {exc}"}, status=status.HTTP_502_BAD_GATEWAY)
        return Response({"tags": tags})
