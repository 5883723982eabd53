import json

from robyn import Robyn

from config import HEADERS
from mistral_embed import doc_id, embed

app = Robyn(__file__)
print("embedding service headers:", HEADERS)
SEED_DOC = "16b1897516912ac60c2ca11cc0dfc03f"


@app.post("/embed")
async def embed_route(request):
    body = json.loads(request.body)
    try:
        vectors = embed(body["texts"])
    except Exception as e:
        return {"status_code": 502, "description": json.dumps({"error": str(e)}), "headers": {}}
    return {"ids": [doc_id(t) for t in body["texts"]], "vectors": vectors}


@app.get("/health")
async def health():
    return {"ok": True, "seed": SEED_DOC}


if __name__ == "__main__":
    app.start(port=8080)
