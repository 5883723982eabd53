import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-change-me")
DEBUG = True
INSTALLED_APPS = ["django.contrib.contenttypes", "django.contrib.auth", "chat"]
ROOT_URLCONF = "support.urls"

MISTRAL_API_KEY = os.environ.get("MISTRAL_API_KEY", "QLe8KjYghh7dMCdfkI0xTTPsng5cqGk2")
MISTRAL_MODEL = "mistral-large-latest"
