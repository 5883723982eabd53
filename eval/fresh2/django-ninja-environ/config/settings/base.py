from pathlib import Path

import environ

env = environ.Env()
BASE_DIR = Path(__file__).resolve().parents[2]
environ.Env.read_env(BASE_DIR / ".env")

SECRET_KEY = env("DJANGO_SECRET_KEY")
INSTALLED_APPS = ["django.contrib.contenttypes", "django.contrib.auth", "assistant"]
ROOT_URLCONF = "config.urls"
MISTRAL_MODEL = env.str("MISTRAL_MODEL", "mistral-small-latest")
