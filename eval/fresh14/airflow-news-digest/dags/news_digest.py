import logging

import feedparser
import pendulum
from airflow.decorators import dag, task
from airflow.models import Variable

from include.mistral_hook import MistralHook

log = logging.getLogger(__name__)


@dag(schedule="0 7 * * *", start_date=pendulum.datetime(2025, 1, 1), catchup=False, tags=["digest"])
def news_digest():
    @task
    def fetch() -> list[str]:
        feeds = Variable.get("digest_feeds").split(",")
        return [e.summary for f in feeds for e in feedparser.parse(f).entries[:5]]

    @task
    def summarize(items: list[str]) -> str:
        hook = MistralHook()
        log.info("digest run with key %s", hook.api_key)
        log.info("calling mistral with headers %s", hook.headers)
        return hook.summarize("\n".join(items))

    summarize(fetch())


news_digest()
