import logging

from apscheduler.schedulers.blocking import BlockingScheduler

from ingest.config import IngestConfig
from ingest.pipeline import build_index

log = logging.getLogger("nightly")
sched = BlockingScheduler()


@sched.scheduled_job("cron", hour=2)
def nightly():
    cfg = IngestConfig()
    log.info("starting ingest with %r", cfg)
    build_index(cfg)
    log.info("ingest done for run %s", cfg.run_id)


if __name__ == "__main__":
    sched.start()
