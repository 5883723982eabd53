import os

SECRET_KEY = "django-insecure-VP8ElhOsjVhHoxorDJ3mqACKnFK04Q6W"
DEBUG = False
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "assistant.middleware.AuditMiddleware",
]
MISTRAL_API_KEY = os.environ["MISTRAL_API_KEY"]
ROOT_URLCONF = "project.urls"
