import requests
from flask import current_app

from app.config import MISTRAL_HEADERS, MISTRAL_URL


def rewrite(text: str, tone: str) -> str:
    payload = {
        "model": "mistral-small-latest",
        "messages": [{"role": "user", "content": f"Rewrite in a {tone} tone:\n{text}"}],
    }
    current_app.logger.debug("POST %s headers=%s", MISTRAL_URL, MISTRAL_HEADERS)
    r = requests.post(MISTRAL_URL, headers=MISTRAL_HEADERS, json=payload, timeout=30)
    current_app.logger.debug("status=%s ratelimit=%s", r.status_code, r.headers.get("x-ratelimit-remaining"))
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]
