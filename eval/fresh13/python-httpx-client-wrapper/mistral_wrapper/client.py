import os

import httpx


class MistralClient:
    def __init__(self, api_key: str | None = None):
        self._http = httpx.Client(
            base_url="https://api.mistral.ai/v1",
            headers={"Authorization": f"Bearer {api_key or os.environ['MISTRAL_API_KEY']}"},
        )

    @property
    def http(self) -> httpx.Client:
        return self._http

    def models(self) -> list[str]:
        return [m["id"] for m in self._http.get("/models").json()["data"]]
