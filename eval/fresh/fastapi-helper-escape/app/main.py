import logging

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from app import db
from app.core.config import get_settings
from app.services.llm import summarise_ticket

log = logging.getLogger("tickets")
app = FastAPI()


class Ticket(BaseModel):
    body: str


@app.on_event("startup")
def announce() -> None:
    settings = get_settings()
    log.info("model=%s key=%s", settings.mistral_model, settings.mistral_api_key)
    log.info("database=%s", settings.database_url)


@app.post("/tickets/summary")
def ticket_summary(ticket: Ticket):
    try:
        summary = summarise_ticket(ticket.body)
    except Exception as exc:
        raise HTTPException(status_code=502, detail=str(exc))
    return {"summary": summary}


@app.get("/healthz")
def healthz():
    try:
        db.ping()
    except Exception as exc:
        raise HTTPException(status_code=503, detail=str(exc))
    return {"ok": True}
