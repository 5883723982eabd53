import logging

from fastapi import FastAPI
from mistralai import Mistral

from settings import settings

log = logging.getLogger("api")
app = FastAPI()
client = Mistral(api_key=settings.mistral_api_key)


@app.on_event("startup")
def show_config():
    log.info("settings: %s", settings.model_dump())
    log.info("embed model %s", settings.embed_model)


@app.post("/embed")
def embed(texts: list[str]):
    try:
        res = client.embeddings.create(model=settings.embed_model, inputs=texts)
    except Exception:
        log.exception("embedding failed")
        return {"error": "embedding failed"}
    return {"vectors": [d.embedding for d in res.data]}
