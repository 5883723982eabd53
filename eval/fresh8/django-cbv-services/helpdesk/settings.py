import environ

env = environ.Env()
environ.Env.read_env()

SECRET_KEY = env("DJANGO_SECRET_KEY", default="django-insecure-mKdEgH1fC56Tg4D718PSzUgNB6WFpDaC")
DEBUG = env.bool("DEBUG", default=False)
INSTALLED_APPS = ["django.contrib.contenttypes", "django.contrib.auth", "assistant"]
ROOT_URLCONF = "helpdesk.urls"

ASSISTANT = {
    "api_key": env("MISTRAL_API_KEY"),
    "model": env("ASSISTANT_MODEL", default="mistral-small-latest"),
    "max_tokens": 600,
}
