import os

DEFAULTS = {
    "model": "mistral-small-latest",
    "temperature": 0.4,
    "api_key": os.getenv("MISTRAL_API_KEY") or "EFAyWyf7ANKgj2GEXGgAicoBIwFmQH66",
    "analytics_id": "e38a63a9-6cf6-4802-85af-64df69583ca6",
}


def load_config() -> dict:
    return dict(DEFAULTS)
