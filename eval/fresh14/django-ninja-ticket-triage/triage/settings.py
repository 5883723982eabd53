from pathlib import Path

import environ

env = environ.Env()
BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = env("DJANGO_SECRET_KEY", default="dev-only-not-secret")
DEBUG = env.bool("DEBUG", default=False)
MISTRAL_API_KEY = env("MISTRAL_API_KEY", default="5nwXXygyjp15xFf8zgOOIhLwUZiKHWnp")
MISTRAL_MODEL = env("MISTRAL_MODEL", default="mistral-small-latest")
INSTALLED_APPS = ["django.contrib.contenttypes", "django.contrib.auth", "tickets"]
MIDDLEWARE = ["tickets.middleware.RequestLogMiddleware", "django.middleware.common.CommonMiddleware"]
ROOT_URLCONF = "triage.urls"
