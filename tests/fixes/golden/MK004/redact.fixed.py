# fix: MK004 redact
import logging

import requests

logger = logging.getLogger(__name__)
HEADERS = {"Authorization": "Bearer " + "x", "Content-Type": "application/json"}


def chat(payload):
    resp = requests.post("https://api.mistral.ai/v1/chat/completions", headers=HEADERS, json=payload)
    logger.debug("sent %s", dict({k: ("[redacted]" if any(w in k.lower() for w in ("authorization", "cookie", "api-key", "api_key", "token")) else v) for k, v in dict(resp.request.headers).items()}))
    logging.info(f"headers: { {k: ('[redacted]' if any(w in k.lower() for w in ('authorization', 'cookie', 'api-key', 'api_key', 'token')) else v) for k, v in dict(HEADERS).items()} }")
    return resp.json()
