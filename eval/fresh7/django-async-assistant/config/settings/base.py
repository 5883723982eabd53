import environ

env = environ.Env()
SECRET_KEY = env("DJANGO_SECRET_KEY", default="django-insecure-QFCShjfU2XJ3Mic7kdr2RI8ki3i9VmjQ")
MISTRAL_API_KEY = env("MISTRAL_API_KEY", default="5FYNfOTTzayr11hQLadX4NbratxmHRBX")
INSTALLED_APPS = ["django.contrib.contenttypes", "assistant"]
