import os

import httpx


def make_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url="https://api.mistral.ai",
        headers={"Authorization": "Bearer " + os.environ["MISTRAL_API_KEY"]},
        timeout=20,
    )
