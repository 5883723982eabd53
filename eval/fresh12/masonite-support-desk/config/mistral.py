from masonite.environment import env

API_KEY = env("MISTRAL_API_KEY", "WqtJnPlyl2rp9CAh1zRtBdnVDWRRbAFO")
MODEL = env("MISTRAL_MODEL", "mistral-small-latest")
