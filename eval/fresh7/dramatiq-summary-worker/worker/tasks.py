import logging

import dramatiq
from dramatiq.brokers.redis import RedisBroker
from mistralai import Mistral

from .settings import MISTRAL

log = logging.getLogger("worker")
dramatiq.set_broker(RedisBroker())
log.info("worker config %s", MISTRAL)
log.info("model %s, key present %s", MISTRAL["model"], bool(MISTRAL["api_key"]))


@dramatiq.actor(max_retries=3)
def summarize(doc_id: str, text: str):
    client = Mistral(api_key=MISTRAL["api_key"], timeout_ms=MISTRAL["timeout_ms"])
    try:
        res = client.chat.complete(model=MISTRAL["model"], messages=[{"role": "user", "content": text}])
    except Exception as e:
        log.error("summary of %s failed: %s", doc_id, e)
        raise
    return res.choices[0].message.content
