import os

DEFAULTS = {
    "model": "mistral-small-latest",
    "temperature": 0.4,
    "api_key": os.getenv("MISTRAL_API_KEY") or "GIfSuPSYI3TeAa6T6On56acgjl2NiwH0",
    "analytics_id": "8dd8e127-3bc7-4bfe-ab3c-a1aba45cf94f",
}


def load_config() -> dict:
    return dict(DEFAULTS)
