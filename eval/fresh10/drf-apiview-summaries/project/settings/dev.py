from .base import *  # noqa

DEBUG = True
MISTRAL_API_KEY = "u7dvoM3zPh9JG2VwEd9PCpW2HonthK4X"
