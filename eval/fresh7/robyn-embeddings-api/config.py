import os

MISTRAL_URL = "https://api.mistral.ai/v1/embeddings"
HEADERS = {
    "Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}",
    "Accept": "application/json",
}
