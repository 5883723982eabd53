import os

MISTRAL_API_KEY = os.getenv("MISTRAL_API_KEY", "9OBE6DJhLjn06QuI05pZDsc5GlHZM2Oi")
EMBED_MODEL = "mistral-embed"
LLM_MODEL = "mistral-large-latest"
