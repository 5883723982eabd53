import os

EMBED_CONF = {"model": "mistral-embed", "api_key": os.getenv("MISTRAL_API_KEY")}
CHAT_MODEL = "mistral-small-latest"
