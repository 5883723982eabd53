"""A small chat backend with the leaks mistral-keyguard looks for. Do not copy: it is a demo.

The key below is a synthetic demo key (32 random characters made for this example); it was
never a real Mistral key.
"""
import logging
import os

import httpx
from fastapi import FastAPI
from mistralai import Mistral

logger = logging.getLogger(__name__)
app = FastAPI()

MISTRAL_API_KEY = "54FNQDyJubmBonogJP71qIrs68wFAjEd"
client = Mistral(api_key=MISTRAL_API_KEY)


def log_request(request: httpx.Request) -> None:
    print(request.headers)


http = httpx.Client(event_hooks={"request": [log_request]})


@app.post("/api/chat")
def chat(question: str):
    logger.info("calling Mistral with key %s", MISTRAL_API_KEY)
    try:
        resp = client.chat.complete(model="mistral-small-latest",
                                    messages=[{"role": "user", "content": question}])
        return {"answer": resp.choices[0].message.content}
    except Exception as exc:
        return {"error": str(exc)}


@app.get("/healthz")
def healthz():
    return {"ok": True, "key_configured": bool(os.environ.get("MISTRAL_API_KEY"))}
