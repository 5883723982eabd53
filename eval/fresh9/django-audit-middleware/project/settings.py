import os

SECRET_KEY = "django-insecure-hjAgg0a6HE3pSSF3B22Qic5lWiMGkhhf"
DEBUG = False
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "assistant.middleware.AuditMiddleware",
]
MISTRAL_API_KEY = os.environ["MISTRAL_API_KEY"]
ROOT_URLCONF = "project.urls"
