from .base import *  # noqa

DEBUG = True
MISTRAL_API_KEY = "2st9My3vPoWWdnTgjleGslsRhS6mGcdP"
