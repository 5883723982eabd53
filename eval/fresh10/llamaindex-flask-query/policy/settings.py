import os

MISTRAL_API_KEY = os.getenv("MISTRAL_API_KEY", "56I98JMgZEC8rmGdmm46TjzuE9XWgwoR")
EMBED_MODEL = "mistral-embed"
LLM_MODEL = "mistral-large-latest"
