import logging
import os

import requests

log = logging.getLogger()
URL = "https://api.mistral.ai/v1/chat/completions"


def _headers() -> dict:
    return {"Authorization": "Bearer " + os.environ["MISTRAL_API_KEY"], "Content-Type": "application/json"}


def summarize(text: str) -> str:
    headers = _headers()
    log.debug("calling mistral with headers=%s", headers)
    body = {"model": os.environ["MISTRAL_MODEL"], "messages": [{"role": "user", "content": f"Summarize:\n{text}"}]}
    resp = requests.post(URL, json=body, headers=headers, timeout=25)
    resp.raise_for_status()
    return resp.json()["choices"][0]["message"]["content"]
