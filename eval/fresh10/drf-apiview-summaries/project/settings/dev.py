from .base import *  # noqa

DEBUG = True
MISTRAL_API_KEY = "dn0eY2CbK4KpTzPxsck27gSBNcdI2baM"
