import environ

env = environ.Env()
SECRET_KEY = env("DJANGO_SECRET_KEY", default="7psz0e009Bfht9XcXfcYdoyQ2Lb2w1A9")
MISTRAL_API_KEY = env("MISTRAL_API_KEY", default="UcvqggS8nr9QGR8cVRxt2g0Ej99oQaHK")
INSTALLED_APPS = ["rest_framework", "reviews"]
