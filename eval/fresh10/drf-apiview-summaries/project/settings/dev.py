from .base import *  # noqa

DEBUG = True
MISTRAL_API_KEY = "E4RwWABCXc2hqzuJrhbiskwUln6JVf1p"
