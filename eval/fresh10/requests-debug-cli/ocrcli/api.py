import logging
import os

import requests

URL = "https://api.mistral.ai/v1/ocr"


def ocr(document_url: str) -> dict:
    headers = {"Authorization": "Bearer " + os.environ["MISTRAL_API_KEY"]}
    logging.debug("posting %s to %s", document_url, URL)
    r = requests.post(URL, headers=headers, json={"model": "mistral-ocr-latest", "document": {"type": "document_url", "document_url": document_url}}, timeout=120)
    r.raise_for_status()
    return r.json()
