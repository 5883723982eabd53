import os

import requests

OCR_URL = "https://api.mistral.ai/v1/ocr"


class OcrService:
    def __init__(self, api_key: str | None = None) -> None:
        self.session = requests.Session()
        self.session.headers.update({
            "Authorization": f"Bearer {api_key or os.environ['MISTRAL_API_KEY']}",
            "Content-Type": "application/json",
        })

    def extract(self, document_url: str) -> dict:
        body = {
            "model": os.environ.get("OCR_MODEL", "mistral-ocr-latest"),
            "document": {"type": "document_url", "document_url": document_url},
        }
        r = self.session.post(OCR_URL, json=body, timeout=60)
        r.raise_for_status()
        return r.json()
