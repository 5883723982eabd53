import logging
import os

from fastapi import FastAPI, HTTPException
from mistralai import Mistral
from pydantic import BaseModel

app = FastAPI()
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
log = logging.getLogger("uvicorn.error")


class Req(BaseModel):
    text: str
    target: str = "en"


@app.post("/translate")
def translate(req: Req):
    try:
        r = client.chat.complete(
            model=os.environ.get("MISTRAL_MODEL", "mistral-small-latest"),
            messages=[{"role": "user", "content": f"Translate to {req.target}:\n{req.text}"}],
        )
    except Exception:
        log.exception("mistral call failed")
        raise HTTPException(status_code=502, detail="translation service unavailable")
    return {"text": r.choices[0].message.content}
