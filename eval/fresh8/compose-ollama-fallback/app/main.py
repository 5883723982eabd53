import logging

from fastapi import FastAPI, HTTPException

from app.providers import ask_mistral, ask_ollama

app = FastAPI()
log = logging.getLogger("api")


@app.post("/ask")
def ask(prompt: str, local: bool = False):
    if local:
        try:
            return {"answer": ask_ollama(prompt)}
        except Exception as e:
            raise HTTPException(502, detail=f"ollama: {e}")
    try:
        return {"answer": ask_mistral(prompt)}
    except Exception:
        log.exception("mistral call failed")
        raise HTTPException(502, detail="upstream model unavailable")
