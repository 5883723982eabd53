import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-xk5rfI8MAyWC4ahSlyrIzyzsGiSfkncM")
DEBUG = os.environ.get("DEBUG", "1") == "1"
INSTALLED_APPS = ["daphne", "django.contrib.staticfiles", "channels", "lessons"]
ASGI_APPLICATION = "tutor.asgi.application"
CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}

MISTRAL_API_KEY = os.environ.get("MISTRAL_API_KEY", "OL5bCc9aS1ElIVRfR2DuT0U8q2uTaBIY")
MISTRAL_MODEL = "mistral-small-latest"
