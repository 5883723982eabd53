import logging

from fastapi import FastAPI, HTTPException

from .config import settings
from .llm import title_for

log = logging.getLogger(__name__)
app = FastAPI()
log.info("starting with %s", settings)


@app.post("/notes")
def create(note: dict):
    try:
        return {"title": title_for(note["text"]), "text": note["text"]}
    except Exception as exc:
        raise HTTPException(status_code=500, detail=str(exc))
