import os

DEFAULTS = {
    "model": "mistral-small-latest",
    "temperature": 0.4,
    "api_key": os.getenv("MISTRAL_API_KEY") or "DUt604ovLz5j0AQbxiZ9ErZfzkz12iKE",
    "analytics_id": "941dc766-e2c4-4837-b2f4-1835eda6bb10",
}


def load_config() -> dict:
    return dict(DEFAULTS)
