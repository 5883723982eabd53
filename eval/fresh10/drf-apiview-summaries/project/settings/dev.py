from .base import *  # noqa

DEBUG = True
MISTRAL_API_KEY = "l91lYzFcNj3GdtcDRS7NvjsZRNwiLjkB"
