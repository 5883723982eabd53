import os

import requests

KEY = os.environ["MISTRAL_API_KEY"]
REQUEST_DEFAULTS = {
    "headers": {"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"},
    "timeout": 30,
}


def classify(text: str) -> str:
    r = requests.post("https://api.mistral.ai/v1/chat/completions", **REQUEST_DEFAULTS,
                      json={"model": "ministral-8b-latest", "messages": [{"role": "user", "content": f"Category of: {text}"}]})
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]
