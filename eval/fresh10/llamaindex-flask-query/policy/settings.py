import os

MISTRAL_API_KEY = os.getenv("MISTRAL_API_KEY", "jXNkbdh0OBSf0pSjx4EWaplMJ107aRV0")
EMBED_MODEL = "mistral-embed"
LLM_MODEL = "mistral-large-latest"
