import os

import requests

URL = "https://api.mistral.ai/v1/moderations"


def moderate(text: str) -> dict:
    try:
        r = requests.post(
            URL,
            headers={"Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}"},
            json={"model": "mistral-moderation-latest", "input": [text]},
            timeout=15,
        )
        r.raise_for_status()
        return r.json()["results"][0]
    except Exception:
        return {"flagged": None, "categories": {}}
