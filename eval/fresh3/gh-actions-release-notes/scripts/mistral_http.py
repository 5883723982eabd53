import os

API = "https://api.mistral.ai/v1/chat/completions"


def auth_header() -> str:
    return f"Authorization: Bearer {os.environ['MISTRAL_API_KEY']}"
