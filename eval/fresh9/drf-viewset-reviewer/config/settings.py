import environ

env = environ.Env()
SECRET_KEY = env("DJANGO_SECRET_KEY", default="pIkdY0s0BwKoQErA4LBj7k2LuaAOU0pK")
MISTRAL_API_KEY = env("MISTRAL_API_KEY", default="Ac5eh5ryb5VPYH50GKNMzBiB8BNOMlwM")
INSTALLED_APPS = ["rest_framework", "reviews"]
