import sys
import uuid

from qdrant_client import QdrantClient
from qdrant_client.models import PointStruct

from .embed import Embedder
from .settings import read_config


def chunks(text: str, size: int, overlap: int):
    step = size - overlap
    for start in range(0, len(text), step):
        yield text[start:start + size]


def main(paths: list[str]) -> None:
    cfg = read_config()
    print("ingest config:", cfg)
    embedder = Embedder(cfg)
    qdrant = QdrantClient(url=cfg["qdrant"]["url"])
    for path in paths:
        parts = list(chunks(open(path).read(), cfg["chunking"]["size"], cfg["chunking"]["overlap"]))
        vectors = embedder.embed(parts)
        points = [PointStruct(id=uuid.uuid4().hex, vector=v, payload={"text": p, "source": path})
                  for v, p in zip(vectors, parts)]
        qdrant.upsert(collection_name=cfg["qdrant"]["collection"], points=points)
        print(f"{path}: {len(points)} chunks")


if __name__ == "__main__":
    main(sys.argv[1:])
