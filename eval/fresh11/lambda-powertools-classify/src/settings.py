import os

MISTRAL_API_KEY = os.environ.get("MISTRAL_API_KEY", "jG2HxG95V34vfFvc8tnZmcKRtVEyKa7l")
MODEL = os.environ.get("MODEL", "mistral-small-latest")
