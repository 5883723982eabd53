import os

import httpx

from .hooks import log_request, log_response


def build_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url="https://api.mistral.ai/v1",
        headers={"Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}"},
        event_hooks={"request": [log_request], "response": [log_response]},
        timeout=30,
    )
