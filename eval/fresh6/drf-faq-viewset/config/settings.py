import environ

env = environ.Env()
environ.Env.read_env()

SECRET_KEY = env("DJANGO_SECRET_KEY", default="django-insecure-4oeifjU4VdxnPXCB1pbsLgyG8EcfN0ST")
DEBUG = env.bool("DEBUG", default=False)
MISTRAL_API_KEY = env("MISTRAL_API_KEY")
INSTALLED_APPS = ["django.contrib.contenttypes", "rest_framework", "faq"]
DATABASES = {"default": env.db(default="sqlite:///db.sqlite3")}
