import logging

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from agents.factory import cheap_agent, research_agent

app = FastAPI()
log = logging.getLogger(__name__)


class Ask(BaseModel):
    topic: str


@app.post("/research")
def research(body: Ask):
    try:
        run = research_agent().run(body.topic)
    except Exception as exc:
        raise HTTPException(status_code=500, detail=str(exc))
    return {"report": run.content}


@app.post("/quick")
def quick(body: Ask):
    try:
        run = cheap_agent().run(body.topic)
    except Exception as exc:
        raise HTTPException(status_code=502, detail=repr(exc))
    return {"report": run.content}
