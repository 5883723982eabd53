import base64

import requests
from flask import current_app

OCR_URL = "https://api.mistral.ai/v1/ocr"


def extract_markdown(pdf_bytes: bytes) -> str:
    payload = {
        "model": current_app.config["OCR_MODEL"],
        "document": {
            "type": "document_url",
            "document_url": "data:application/pdf;base64," + base64.b64encode(pdf_bytes).decode(),
        },
    }
    headers = {"Authorization": f"Bearer {current_app.config['MISTRAL_API_KEY']}"}
    resp = requests.post(OCR_URL, json=payload, headers=headers, timeout=120)
    resp.raise_for_status()
    return "\n\n".join(page["markdown"] for page in resp.json()["pages"])
