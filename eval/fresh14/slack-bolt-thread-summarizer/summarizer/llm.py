import os

import requests

session = requests.Session()
session.headers.update({"Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}",
                        "Content-Type": "application/json"})


def summarize(text: str) -> str:
    r = session.post("https://api.mistral.ai/v1/chat/completions", json={
        "model": "mistral-small-latest",
        "messages": [{"role": "user", "content": f"Summarise this Slack thread:\n{text}"}],
    }, timeout=60)
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]
