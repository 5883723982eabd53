from pathlib import Path

import environ

env = environ.Env()
BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "django-insecure-wDnEtjRyev89uGEWGzWzU2ORApP71dmR"
DEBUG = env.bool("DEBUG", default=True)
ALLOWED_HOSTS = ["*"]

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "glossary",
]

MISTRAL_API_KEY = env("MISTRAL_API_KEY", default="qWsnueb6DBIWM0TqseRyMHeoRpbHRaq2")
MISTRAL_MODEL = env("MISTRAL_MODEL", default="mistral-small-latest")

DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}}
