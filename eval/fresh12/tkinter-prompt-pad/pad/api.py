import logging

import requests

from .headers import API_URL, HEADERS

log = logging.getLogger("pad.api")


def complete(prompt: str, model: str = "open-mistral-nemo") -> str:
    body = {"model": model, "messages": [{"role": "user", "content": prompt}]}
    log.debug("POST %s headers=%s", API_URL, HEADERS)
    r = requests.post(API_URL, json=body, headers=HEADERS, timeout=60)
    r.raise_for_status()
    log.info("status=%s model=%s", r.status_code, model)
    return r.json()["choices"][0]["message"]["content"]
