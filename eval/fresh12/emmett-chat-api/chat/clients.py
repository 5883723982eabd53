import os

import httpx

mistral_http = httpx.Client(
    base_url="https://api.mistral.ai/v1",
    headers={"Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}"},
    timeout=30,
)
