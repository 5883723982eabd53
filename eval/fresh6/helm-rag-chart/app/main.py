import os

from fastapi import FastAPI
from mistralai import Mistral

app = FastAPI()
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


@app.get("/healthz")
def healthz():
    return {"ok": True, "model": os.getenv("MISTRAL_MODEL", "mistral-small-latest")}
