import logging

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from .pipeline import build_pipeline

log = logging.getLogger(__name__)
app = FastAPI()
pipeline = build_pipeline()


class Ask(BaseModel):
    question: str
    context: str = ""


@app.post("/ask")
def ask(body: Ask):
    try:
        out = pipeline.run({"prompt": {"question": body.question, "context": body.context}})
    except Exception as e:
        raise HTTPException(status_code=500, detail=f"pipeline failed: {e}")
    return {"answer": out["llm"]["replies"][0].text}


@app.post("/reload")
def reload():
    global pipeline
    try:
        pipeline = build_pipeline()
    except Exception:
        log.exception("reload failed")
        raise HTTPException(status_code=500, detail="reload failed")
    return {"ok": True}
