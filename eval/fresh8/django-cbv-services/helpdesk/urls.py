from django.urls import path

from assistant.views import DraftReplyView

urlpatterns = [path("api/draft/", DraftReplyView.as_view())]
