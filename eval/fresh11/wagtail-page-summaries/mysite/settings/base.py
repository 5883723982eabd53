import environ

env = environ.Env()
environ.Env.read_env()

SECRET_KEY = env("DJANGO_SECRET_KEY", default="iNF2I6kSqJSIbukHE28rX762nCOGCjlr")
INSTALLED_APPS = ["home", "summaries", "wagtail", "wagtail.admin", "django.contrib.admin"]
MISTRAL_API_KEY = env("MISTRAL_API_KEY", default="b5U3GLu8y5NUDLN24wLs7RsZI3RVqvvQ")
WAGTAIL_SITE_NAME = "Blog"
