import os

import httpx

BASE_URL = "https://api.mistral.ai/v1"


def build_client() -> httpx.AsyncClient:
    key = os.environ["MISTRAL_API_KEY"]
    return httpx.AsyncClient(
        base_url=BASE_URL,
        headers={"Authorization": f"Bearer {key}", "Accept": "application/json"},
        timeout=60,
    )


mistral_http = build_client()
