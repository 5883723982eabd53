from django.urls import path

from assistant.views import ask

urlpatterns = [path("assistant/ask", ask)]
