import os
import time

from mistralai import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def embed_pending(rows):
    res = client.embeddings.create(model=os.environ["MISTRAL_MODEL"], inputs=[r["text"] for r in rows])
    return [d.embedding for d in res.data]


while True:
    time.sleep(30)
