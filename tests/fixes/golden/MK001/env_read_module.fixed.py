# fix: MK001 env-read
"""Chat helper: the docstring and __future__ import stay first."""
from __future__ import annotations

import os
import requests
from mistralai import Mistral

MISTRAL_API_KEY = os.environ["MISTRAL_API_KEY"]
HEADERS = {"Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}"}


def client() -> Mistral:
    return Mistral(api_key=MISTRAL_API_KEY)


def embed(texts):
    return requests.post("https://api.mistral.ai/v1/embeddings", headers=HEADERS, json={"input": texts})
