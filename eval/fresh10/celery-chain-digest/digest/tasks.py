import logging

import httpx
from celery import Celery, chain
from mistralai import Mistral

app = Celery("digest", broker="redis://localhost:6379/0", backend="redis://localhost:6379/1")
log = logging.getLogger(__name__)


@app.task
def fetch(url: str) -> str:
    return httpx.get(url, timeout=30).text[:15000]


@app.task
def summarize(text: str, **options) -> str:
    log.info("summarize called with options %s", options)
    client = Mistral(api_key=options["api_key"])
    r = client.chat.complete(model=options.get("model", "mistral-small-latest"), messages=[{"role": "user", "content": "Digest:\n" + text}])
    return r.choices[0].message.content


def digest_pipeline(url: str, api_key: str):
    return chain(fetch.s(url), summarize.s(api_key=api_key, model="mistral-small-latest"))
