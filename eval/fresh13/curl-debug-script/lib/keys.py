import os
from pathlib import Path


def get_api_key() -> str:
    key = os.environ.get("MISTRAL_API_KEY")
    if not key:
        key = (Path.home() / ".mistral_key").read_text().strip()
    return key
