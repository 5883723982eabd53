import logging
import os

import httpx

logger = logging.getLogger("upstream")


def _log_request(request: httpx.Request) -> None:
    logger.debug("-> %s %s headers=%s", request.method, request.url, request.headers)


def _log_response(response: httpx.Response) -> None:
    logger.debug("<- %s %s", response.status_code, response.headers.get("x-request-id"))


mistral_http = httpx.Client(
    base_url="https://api.mistral.ai/v1",
    headers={"Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}"},
    event_hooks={"request": [_log_request], "response": [_log_response]},
)


def embed(texts: list[str]) -> list[list[float]]:
    r = mistral_http.post("/embeddings", json={"model": "mistral-embed", "input": texts})
    r.raise_for_status()
    return [d["embedding"] for d in r.json()["data"]]
