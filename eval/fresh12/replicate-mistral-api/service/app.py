import logging

from fastapi import FastAPI, HTTPException

from .models import REPLICATE_API_TOKEN, generate

log = logging.getLogger(__name__)
app = FastAPI()
log.info("replicate token configured: %s", REPLICATE_API_TOKEN)


@app.post("/generate")
def gen(body: dict):
    try:
        return {"text": generate(body["prompt"])}
    except Exception as e:
        raise HTTPException(status_code=502, detail=str(e))
