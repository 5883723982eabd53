import base64
import json
import os
import sys

import requests

from debug import enable_http_debug

OCR_URL = "https://api.mistral.ai/v1/ocr"


def ocr_image(path: str) -> str:
    b64 = base64.b64encode(open(path, "rb").read()).decode()
    r = requests.post(
        OCR_URL,
        headers={"Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}"},
        json={
            "model": "mistral-ocr-latest",
            "document": {"type": "image_url", "image_url": f"data:image/jpeg;base64,{b64}"},
        },
        timeout=120,
    )
    print(r.status_code, dict(r.headers))
    r.raise_for_status()
    return "\n".join(p["markdown"] for p in r.json()["pages"])


if __name__ == "__main__":
    enable_http_debug()
    for p in sys.argv[1:]:
        text = ocr_image(p)
        with open(os.path.join("out", os.path.basename(p) + ".md"), "w") as f:
            f.write(text)
        print(json.dumps({"file": p, "chars": len(text)}))
