from django.urls import path

from .consumers import TutorConsumer

websocket_urlpatterns = [path("ws/tutor/", TutorConsumer.as_asgi())]
