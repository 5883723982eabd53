import os

MISTRAL = {
    "api_key": os.getenv("MISTRAL_API_KEY"),
    "model": "mistral-small-latest",
    "timeout_ms": 30000,
}
