# fix: MK001 env-read
"""Chat helper: the docstring and __future__ import stay first."""
from __future__ import annotations

import requests
from mistralai import Mistral

MISTRAL_API_KEY = "RNJiXSwzXCfUQnFFbAk6Ij3LqYutOg5H"
HEADERS = {"Authorization": "Bearer PHG8YoPhJq4CVjalXs5T5roSUDLfxN1t"}


def client() -> Mistral:
    return Mistral(api_key=MISTRAL_API_KEY)


def embed(texts):
    return requests.post("https://api.mistral.ai/v1/embeddings", headers=HEADERS, json={"input": texts})
