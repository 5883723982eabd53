from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

from app.services.embedder import embed_texts
from app.services.rerank import rerank
from app.store import nearest

router = APIRouter(prefix="/search", tags=["search"])


class Query(BaseModel):
    q: str
    k: int = 5


@router.post("")
def search(body: Query):
    try:
        vector = embed_texts([body.q])[0]
    except Exception as exc:
        raise HTTPException(status_code=502, detail=f"embedding failed: {exc}")
    hits = nearest(vector, body.k)
    try:
        return {"hits": rerank(body.q, hits)}
    except Exception as exc:
        raise HTTPException(status_code=500, detail=str(exc))
