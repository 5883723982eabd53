import logging

from fastapi import FastAPI
from pydantic import BaseModel

from llm.provider import complete

app = FastAPI()
log = logging.getLogger(__name__)


class Q(BaseModel):
    prompt: str


@app.post("/ask")
def ask(q: Q):
    try:
        return {"answer": complete(q.prompt)}
    except Exception as e:
        log.exception("mixtral call failed")
        return {"error": str(e)}
