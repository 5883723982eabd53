import os

from common import app, debug_env, image, mistral_secret


@app.function(image=image, secrets=[mistral_secret], timeout=600)
def embed_batch(texts: list[str]) -> list[list[float]]:
    from mistralai import Mistral

    debug_env()
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    res = client.embeddings.create(model="mistral-embed", inputs=texts)
    return [d.embedding for d in res.data]


@app.local_entrypoint()
def main(path: str = "docs.txt"):
    lines = open(path).read().splitlines()
    chunks = [lines[i:i + 64] for i in range(0, len(lines), 64)]
    total = sum(len(v) for v in embed_batch.map(chunks))
    print("embedded", total, "chunks")
