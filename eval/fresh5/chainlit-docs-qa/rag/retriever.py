import hashlib
import os
from pathlib import Path

import numpy as np
from mistralai import Mistral


class Retriever:
    def __init__(self, folder: str):
        self.folder = Path(folder)
        self.client = Mistral(api_key=os.getenv("MISTRAL_API_KEY", ""))
        self.chunks: list[str] = []
        self.vectors = None

    def _cache_name(self) -> str:
        digest = hashlib.md5(str(self.folder).encode()).hexdigest()
        return f".cache/{digest}.npy"

    def top_k(self, query: str, k: int = 4) -> list[str]:
        if self.vectors is None:
            raise FileNotFoundError(2, "no index", self._cache_name())
        q = self.client.embeddings.create(model="mistral-embed", inputs=[query])
        scores = self.vectors @ np.array(q.data[0].embedding)
        return [self.chunks[i] for i in np.argsort(-scores)[:k]]
