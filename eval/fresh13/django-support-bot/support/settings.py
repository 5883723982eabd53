import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-change-me")
DEBUG = True
INSTALLED_APPS = ["django.contrib.contenttypes", "django.contrib.auth", "chat"]
ROOT_URLCONF = "support.urls"

MISTRAL_API_KEY = os.environ.get("MISTRAL_API_KEY", "9RlV9AEcbtyxM1q3Gu3LBBvT2Kc6eST2")
MISTRAL_MODEL = "mistral-large-latest"
