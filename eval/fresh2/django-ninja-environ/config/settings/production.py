from .base import *  # noqa: F401,F403
from .base import env

DEBUG = False
MISTRAL_API_KEY = env.str("MISTRAL_API_KEY")
