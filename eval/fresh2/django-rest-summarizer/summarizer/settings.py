from pathlib import Path

from decouple import config

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = config("DJANGO_SECRET_KEY", default="nl4CyAO3IsfDrHxIAqVHUTedZrMvFlD6")
DEBUG = config("DEBUG", default=False, cast=bool)
ALLOWED_HOSTS = ["*"]

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "rest_framework",
    "api.apps.ApiConfig",
]

ROOT_URLCONF = "summarizer.urls"

MISTRAL_API_KEY = config("MISTRAL_API_KEY", default="9UCregayvKhAvkHT62w3c03hP37meBfL", cast=str)
MISTRAL_MODEL = config("MISTRAL_MODEL", default="mistral-small-latest")
