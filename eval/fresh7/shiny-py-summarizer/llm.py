import logging

import httpx

from auth import mistral_headers

logger = logging.getLogger("summarizer")
URL = "https://api.mistral.ai/v1/chat/completions"


def summarize(text: str) -> str:
    headers = mistral_headers()
    logger.debug("calling mistral with headers %s", headers)
    body = {"model": "mistral-small-latest", "messages": [{"role": "user", "content": f"Summarize:\n{text}"}]}
    resp = httpx.post(URL, json=body, headers=headers, timeout=60)
    logger.debug("mistral answered %s %s", resp.status_code, resp.headers)
    resp.raise_for_status()
    return resp.json()["choices"][0]["message"]["content"]
