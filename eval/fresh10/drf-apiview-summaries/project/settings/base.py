import environ

env = environ.Env()
SECRET_KEY = env("DJANGO_SECRET_KEY", default="django-insecure-7vgFBJoXlaNYaI1syL2TxnFnY09M850y")
MISTRAL_API_KEY = env("MISTRAL_API_KEY", default="")
INSTALLED_APPS = ["rest_framework", "summaries"]
