import logging

from huey import SqliteHuey

from llm_client import REQUEST_DEFAULTS, classify

huey = SqliteHuey(filename="huey.db")
log = logging.getLogger("tasks")


@huey.task(retries=2, retry_delay=10)
def classify_ticket(ticket_id: int, text: str) -> str:
    log.debug("ticket %s request options %s", ticket_id, REQUEST_DEFAULTS)
    return classify(text)
