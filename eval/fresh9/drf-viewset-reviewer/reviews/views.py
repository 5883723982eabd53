from rest_framework import status, viewsets
from rest_framework.response import Response

from .services import CodeReviewer


class ReviewViewSet(viewsets.ViewSet):
    reviewer_class = CodeReviewer

    def create(self, request):
        try:
            text = self.reviewer_class().review(request.data["diff"])
        except KeyError:
            return Response({"detail": "diff is required"}, status=status.HTTP_400_BAD_REQUEST)
        except Exception as exc:
            return Response({"detail": f"{exc}"}, status=status.HTTP_502_BAD_GATEWAY)
        return Response({"review": text})
