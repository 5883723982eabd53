from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent
env = environ.Env(DEBUG=(bool, False))
environ.Env.read_env(BASE_DIR / ".env")

SECRET_KEY = env("DJANGO_SECRET_KEY", default="Ax7OBkqzLeGaz4HDcpsw8OIZvLjKGQoS")
DEBUG = env("DEBUG")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost"])

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.staticfiles",
    "assistant",
]

ROOT_URLCONF = "helpdesk.urls"
DATABASES = {"default": env.db("DATABASE_URL", default="sqlite:///db.sqlite3")}

MISTRAL_API_KEY = env("MISTRAL_API_KEY", default="UteS7M7fh4ViKCMIa8YYT8xTUvGZXzc3")
MISTRAL_MODEL = env("MISTRAL_MODEL", default="mistral-small-latest")
STATIC_URL = "static/"
