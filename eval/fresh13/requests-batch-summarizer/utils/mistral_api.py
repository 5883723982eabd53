import os

import requests

URL = "https://api.mistral.ai/v1/chat/completions"


def summarize(doc: str) -> str:
    r = requests.post(
        URL,
        headers={"Authorization": "Bearer " + os.environ["MISTRAL_API_KEY"]},
        json={"model": "mistral-small-latest", "messages": [{"role": "user", "content": doc}]},
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]
