from celery import Celery

from worker.mistral_api import classify

app = Celery("worker", broker="redis://localhost:6379/0")


@app.task(bind=True, max_retries=3)
def classify_ticket(self, ticket_id: int, text: str):
    try:
        return {"id": ticket_id, "label": classify(text)}
    except Exception as exc:
        raise self.retry(exc=exc, countdown=10)
