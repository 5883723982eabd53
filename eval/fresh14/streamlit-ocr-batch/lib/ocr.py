import base64

import requests

from .config import get_config

# client = Mistral(api_key="PwaMuWBvY6msH7UsqekjZZqq4zC8WMz8")


def ocr_file(name: str, data: bytes) -> requests.Response:
    cfg = get_config()
    b64 = base64.b64encode(data).decode()
    resp = requests.post(
        cfg["endpoint"],
        headers={"Authorization": f"Bearer {cfg['api_key']}"},
        json={"model": cfg["model"],
              "document": {"type": "document_url", "document_url": f"data:application/pdf;base64,{b64}"}},
        timeout=120,
    )
    resp.raise_for_status()
    return resp
