import logging

from fastapi import FastAPI, HTTPException

from .llm import GROQ_API_KEY, MODEL, complete

log = logging.getLogger("groq-app")
app = FastAPI()
log.info("model=%s key=%s", MODEL, GROQ_API_KEY)


@app.get("/complete")
def complete_route(q: str):
    try:
        return {"text": complete(q)}
    except Exception as e:
        raise HTTPException(status_code=502, detail=str(e))
