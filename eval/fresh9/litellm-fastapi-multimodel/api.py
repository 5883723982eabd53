import logging

from fastapi import FastAPI
from pydantic import BaseModel

from llm.router import complete

app = FastAPI()
log = logging.getLogger("api")


class Ask(BaseModel):
    prompt: str
    provider: str = "mistral"


@app.post("/ask")
def ask(body: Ask):
    try:
        return {"answer": complete(body.prompt, body.provider)}
    except Exception:
        log.exception("completion failed")
        return {"error": "model unavailable"}
