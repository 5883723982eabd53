import structlog
from celery import Celery

from llm.client import complete

app = Celery("tasks", broker="redis://redis:6379/0")
log = structlog.get_logger()


@app.task(bind=True, max_retries=3)
def draft_reply(self, ticket_id: int, body: str) -> str:
    try:
        return complete(f"Draft a polite reply to:\n{body}")
    except Exception as exc:
        log.warning("draft_failed", ticket_id=ticket_id, error=type(exc).__name__)
        raise self.retry(exc=exc, countdown=30)
