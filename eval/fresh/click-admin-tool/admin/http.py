import os

import requests

BASE_URL = "https://api.mistral.ai/v1"


def api_key() -> str:
    return os.environ["MISTRAL_API_KEY"]


def get(path: str) -> dict:
    r = requests.get(f"{BASE_URL}{path}", headers={"Authorization": f"Bearer {api_key()}"}, timeout=30)
    r.raise_for_status()
    return r.json()
