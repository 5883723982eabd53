import hashlib

import requests

from config import HEADERS, MISTRAL_URL


def doc_id(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


def embed(texts: list[str]) -> list[list[float]]:
    r = requests.post(MISTRAL_URL, headers=HEADERS, json={"model": "mistral-embed", "input": texts}, timeout=30)
    r.raise_for_status()
    return [d["embedding"] for d in r.json()["data"]]
