import os

MISTRAL_API_KEY = os.getenv("MISTRAL_API_KEY", "LIiD4eW8BoJaqVRVr90Vprlu3hNXGy8w")
EMBED_MODEL = "mistral-embed"
LLM_MODEL = "mistral-large-latest"
