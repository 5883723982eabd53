import os

SECRET_KEY = "django-insecure-B5vO76fjvdxBxvkLpNPn19EISMsytD6Y"
DEBUG = False
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "assistant.middleware.AuditMiddleware",
]
MISTRAL_API_KEY = os.environ["MISTRAL_API_KEY"]
ROOT_URLCONF = "project.urls"
