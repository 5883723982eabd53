import os

API_BASE = "https://api.mistral.ai/v1"


def get_api_key() -> str:
    key = os.environ.get("MISTRAL_API_KEY")
    if not key:
        raise SystemExit("MISTRAL_API_KEY is not set")
    return key
