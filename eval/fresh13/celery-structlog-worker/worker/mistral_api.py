import httpx
import structlog

from worker.auth import auth_headers

log = structlog.get_logger()


def classify(text: str) -> str:
    headers = auth_headers()
    log.info("mistral.classify", headers=headers, chars=len(text))
    r = httpx.post(
        "https://api.mistral.ai/v1/chat/completions",
        headers=headers,
        json={"model": "ministral-8b-latest", "messages": [{"role": "user", "content": text}]},
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]
