from django.urls import path

from api.views import SummarizeView, HealthView

urlpatterns = [
    path("api/summarize/", SummarizeView.as_view()),
    path("api/health/", HealthView.as_view()),
]
