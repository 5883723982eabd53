import logging
from datetime import datetime

import requests
from airflow.decorators import dag, task

from include.mistral_hooks import MISTRAL_URL, mistral_headers

log = logging.getLogger(__name__)


@dag(schedule="0 6 * * *", start_date=datetime(2024, 9, 1), catchup=False, tags=["digest"])
def news_digest():
    @task
    def fetch_headlines() -> list[str]:
        r = requests.get("https://hn.algolia.com/api/v1/search?tags=front_page", timeout=20)
        return [h["title"] for h in r.json()["hits"]]

    @task
    def summarize(headlines: list[str]) -> str:
        headers = mistral_headers()
        log.info("calling mistral with headers %s", headers)
        r = requests.post(
            MISTRAL_URL,
            headers=headers,
            json={"model": "mistral-small-latest", "messages": [{"role": "user", "content": "\n".join(headlines)}]},
            timeout=60,
        )
        log.info("mistral status=%s", r.status_code)
        return r.json()["choices"][0]["message"]["content"]

    summarize(fetch_headlines())


news_digest()
