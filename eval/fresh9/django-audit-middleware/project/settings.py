import os

SECRET_KEY = "django-insecure-RP08d4ufrrYV23dOm2hPCFDtT3ZIoQcE"
DEBUG = False
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "assistant.middleware.AuditMiddleware",
]
MISTRAL_API_KEY = os.environ["MISTRAL_API_KEY"]
ROOT_URLCONF = "project.urls"
