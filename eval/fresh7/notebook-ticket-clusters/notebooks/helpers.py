import os
import uuid

from mistralai import Mistral


def client_config() -> dict:
    return {"api_key": os.environ["MISTRAL_API_KEY"], "model": "mistral-embed", "batch": 64}


def show_config():
    cfg = client_config()
    print("embedding config:", cfg)


def embed_frame(df, column: str):
    cfg = client_config()
    client = Mistral(api_key=cfg["api_key"])
    run = uuid.uuid4().hex
    print("batch id", run)
    out = []
    for i in range(0, len(df), cfg["batch"]):
        res = client.embeddings.create(model=cfg["model"], inputs=df[column].iloc[i : i + cfg["batch"]].tolist())
        out += [d.embedding for d in res.data]
    return out
