import os

import psycopg
from fastapi import FastAPI
from mistralai import Mistral

app = FastAPI()
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


@app.get("/search")
def search(q: str):
    vec = client.embeddings.create(model=os.environ.get("EMBED_MODEL", "mistral-embed"), inputs=[q]).data[0].embedding
    with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
        rows = conn.execute("select id, body from docs order by embedding <-> %s::vector limit 5", (str(vec),)).fetchall()
    return [{"id": r[0], "body": r[1]} for r in rows]
