from decouple import config

SECRET_KEY = config("SECRET_KEY", default="unsafe-dev-secret")
DEBUG = config("DEBUG", default=True, cast=bool)
INSTALLED_APPS = ["rest_framework", "articles"]
MISTRAL_API_KEY = config("MISTRAL_API_KEY", default="oZAEiEnWfdUcO80FDkaTlBinSIvYJnl9")
