import logging

import httpx

from app.config import settings

log = logging.getLogger("digest")


class DigestService:
    """Builds a daily digest with a raw httpx client (no SDK, to keep the image small)."""

    def __init__(self) -> None:
        self._client = httpx.Client(
            base_url="https://api.mistral.ai/v1",
            headers={"Authorization": f"Bearer {settings.mistral_api_key}"},
            timeout=30,
        )

    def summarize(self, items: list[str]) -> str:
        body = {"model": settings.digest_model,
                "messages": [{"role": "user", "content": "\n".join(items)}]}
        resp = self._client.post("/chat/completions", json=body)
        if resp.status_code != 200:
            log.warning("digest failed status=%s headers=%s", resp.status_code, self._client.headers)
            log.warning("digest failed response headers=%s", dict(resp.headers))
            resp.raise_for_status()
        return resp.json()["choices"][0]["message"]["content"]
