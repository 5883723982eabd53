import os

SECRET_KEY = "django-insecure-2ChHxIoqLvBoFl9Yxvno6K3bjngl4swg"
DEBUG = False
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "assistant.middleware.AuditMiddleware",
]
MISTRAL_API_KEY = os.environ["MISTRAL_API_KEY"]
ROOT_URLCONF = "project.urls"
