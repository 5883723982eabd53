import os

from fastapi import FastAPI
from mistralai import Mistral

app = FastAPI()
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


@app.post("/embed")
def embed(body: dict):
    resp = client.embeddings.create(model=os.environ["EMBED_MODEL"], inputs=body["texts"])
    return {"vectors": [d.embedding for d in resp.data]}
