import environ

env = environ.Env()
SECRET_KEY = env("DJANGO_SECRET_KEY", default="django-insecure-0g9VFZwbhpCRNY92drGmdPZk3T6OTMSf")
MISTRAL_API_KEY = env("MISTRAL_API_KEY", default="")
INSTALLED_APPS = ["rest_framework", "summaries"]
