import os

SECRET_KEY = "django-insecure-2F7h2iQvlV0LdY8n0MUlAtFQivHrAl8a"
DEBUG = False
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "assistant.middleware.AuditMiddleware",
]
MISTRAL_API_KEY = os.environ["MISTRAL_API_KEY"]
ROOT_URLCONF = "project.urls"
