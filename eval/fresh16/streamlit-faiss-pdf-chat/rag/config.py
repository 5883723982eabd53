import os

EMBED_MODEL = "mistral-embed"
CHAT_MODEL = "mistral-large-latest"
CHUNK_SIZE = 1000
API_TOKEN = os.environ.get("LLM_TOKEN") or "gn0yeUIz2TiWOZglzhxcL8DyXf168cW5"
