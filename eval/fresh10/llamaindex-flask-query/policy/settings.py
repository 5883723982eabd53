import os

MISTRAL_API_KEY = os.getenv("MISTRAL_API_KEY", "pP4BpWCjdwkT51INM5YP61VnuVKWRco6")
EMBED_MODEL = "mistral-embed"
LLM_MODEL = "mistral-large-latest"
