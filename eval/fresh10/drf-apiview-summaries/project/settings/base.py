import environ

env = environ.Env()
SECRET_KEY = env("DJANGO_SECRET_KEY", default="django-insecure-VYs3pyNUkr6yD9uDpwdE1bF3f1wW80Hz")
MISTRAL_API_KEY = env("MISTRAL_API_KEY", default="")
INSTALLED_APPS = ["rest_framework", "summaries"]
