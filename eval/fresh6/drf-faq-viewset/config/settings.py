import environ

env = environ.Env()
environ.Env.read_env()

SECRET_KEY = env("DJANGO_SECRET_KEY", default="django-insecure-BL7xg3kTC5BG8FK1qBWVhmGXTrCcikiX")
DEBUG = env.bool("DEBUG", default=False)
MISTRAL_API_KEY = env("MISTRAL_API_KEY")
INSTALLED_APPS = ["django.contrib.contenttypes", "rest_framework", "faq"]
DATABASES = {"default": env.db(default="sqlite:///db.sqlite3")}
