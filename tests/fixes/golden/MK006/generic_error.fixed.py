# fix: MK006 generic-error
import logging

from fastapi import FastAPI, HTTPException
from fastapi.responses import JSONResponse
from mistralai import Mistral

app = FastAPI()
client = Mistral(api_key="")


def complete(prompt: str) -> str:
    resp = client.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": prompt}])
    return resp.choices[0].message.content


@app.post("/ask")
def ask(prompt: str):
    try:
        return {"answer": complete(prompt)}
    except Exception:
        logging.exception("Mistral request failed")
        raise HTTPException(status_code=502, detail="Mistral error: internal error")


@app.post("/ask/trace")
def ask_trace(prompt: str):
    try:
        return {"answer": complete(prompt)}
    except Exception:
        logging.exception("Mistral request failed")
        return JSONResponse(status_code=500, content={"error": "failed", "trace": "Internal error"})
