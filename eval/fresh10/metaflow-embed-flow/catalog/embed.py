import json

from mistralai import Mistral


def embed_all(api_key: str, batch: int) -> list[list[float]]:
    items = [json.loads(l)["title"] for l in open("catalog.jsonl")]
    client = Mistral(api_key=api_key)
    out = []
    for i in range(0, len(items), batch):
        out += [d.embedding for d in client.embeddings.create(model="mistral-embed", inputs=items[i:i + batch]).data]
    return out
