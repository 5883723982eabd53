from qdrant_client import QdrantClient

from app.core.settings import settings

_qdrant = QdrantClient(url=settings.qdrant_url)


def nearest(vector, k):
    points = _qdrant.search(settings.qdrant_collection, query_vector=vector, limit=k)
    return [{"id": p.id, "score": p.score, "text": p.payload.get("text")} for p in points]
