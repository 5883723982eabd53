import logging
import os

from mistralai import Mistral

log = logging.getLogger(__name__)
_client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def is_allowed(text: str) -> bool:
    try:
        res = _client.classifiers.moderate(model="mistral-moderation-latest", inputs=[text])
        return not any(res.results[0].categories.values())
    except Exception as exc:
        log.warning("moderation unavailable: %s", exc)
        return True
