from .base import *  # noqa

DEBUG = True
MISTRAL_API_KEY = "hNArSaDjCOx9claMz3sxrLY0sfyIdroQ"
