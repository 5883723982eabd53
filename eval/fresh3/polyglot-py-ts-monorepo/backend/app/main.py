import logging

from fastapi import FastAPI, HTTPException
from mistralai import Mistral

from .settings import settings

log = logging.getLogger("faq")
app = FastAPI()
client = Mistral(api_key=settings.mistral_api_key)


@app.post("/api/faq")
def faq(question: str):
    try:
        res = client.chat.complete(model=settings.mistral_model, messages=[{"role": "user", "content": question}])
    except Exception:
        log.exception("mistral call failed")
        raise HTTPException(status_code=502, detail="upstream error")
    return {"answer": res.choices[0].message.content}
