from django.urls import path

from assistant import views

urlpatterns = [
    path("chat/stream/", views.chat_stream),
    path("chat/", views.chat),
]
