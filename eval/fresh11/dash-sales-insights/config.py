import os

MISTRAL_API_KEY = os.getenv("MISTRAL_API_KEY", "")
MAPBOX_TOKEN = os.getenv("MAPBOX_TOKEN", "pk.5H5kazwSoX2IiVhxoHL5QahFrpg7ng7J")
