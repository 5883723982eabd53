# fix: MK004 remove-log
import http.client
import logging
import os

from fastapi import FastAPI, Request

app = FastAPI()
logger = logging.getLogger(__name__)
MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions"

if os.getenv("DEBUG_HTTP"):
    http.client.HTTPConnection.debuglevel = 1


@app.post("/chat")
async def chat(request: Request):
    logger.debug("incoming %s headers=%s", request.url.path, dict(request.headers))
    return {"ok": True}
