from django.urls import path
from ninja import NinjaAPI

from assistant.api import router

api = NinjaAPI()
api.add_router("/assistant/", router)
urlpatterns = [path("api/", api.urls)]
