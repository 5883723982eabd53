import logging
import os

from celery import Celery
from celery.signals import worker_ready

from llm import write_report

app = Celery("reports", broker=os.environ["REDIS_URL"])
logger = logging.getLogger(__name__)


@worker_ready.connect
def announce(sender, **kwargs):
    logger.info("worker ready, environment: %s", dict(os.environ))
    logger.info("broker %s", app.conf.broker_url)


@app.task(bind=True, max_retries=3)
def weekly_report(self, rows):
    try:
        return write_report(rows)
    except Exception as exc:
        logger.warning("report failed: %s", exc)
        raise self.retry(exc=exc, countdown=60)
