import environ

env = environ.Env()
SECRET_KEY = env("DJANGO_SECRET_KEY", default="django-insecure-FYL7GD1GpRJAeRs1rawQ81oCMgTFtqFF")
MISTRAL_API_KEY = env("MISTRAL_API_KEY", default="")
INSTALLED_APPS = ["rest_framework", "summaries"]
