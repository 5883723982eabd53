import os

import httpx
import structlog

log = structlog.get_logger()
MISTRAL_BASE = "https://api.mistral.ai/v1"


def _log_request(request: httpx.Request) -> None:
    log.debug("mistral_http_request", method=request.method, url=str(request.url), headers=dict(request.headers))


def _log_response(response: httpx.Response) -> None:
    log.debug("mistral_http_response", status=response.status_code, headers=dict(response.headers))


client = httpx.Client(
    base_url=MISTRAL_BASE,
    headers={"Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}"},
    event_hooks={"request": [_log_request], "response": [_log_response]},
    timeout=60,
)


def complete(prompt: str) -> str:
    r = client.post("/chat/completions", json={"model": "mistral-small-latest", "messages": [{"role": "user", "content": prompt}]})
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]
