import json
import logging
import os

import requests

log = logging.getLogger("nb")


def post_chat(messages, model="mistral-large-latest"):
    kwargs = {
        "url": "https://api.mistral.ai/v1/chat/completions",
        "headers": {"Authorization": "Bearer " + os.environ["MISTRAL_API_KEY"]},
        "json": {"model": model, "messages": messages},
        "timeout": 60,
    }
    log.info("request %s", json.dumps(kwargs))
    r = requests.post(**kwargs)
    r.raise_for_status()
    return r.json()
