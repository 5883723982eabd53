import os

import requests

SESSION = requests.Session()
SESSION.headers.update({"Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}"})


def ask_mistral(question: str) -> str:
    r = SESSION.post(
        "https://api.mistral.ai/v1/chat/completions",
        json={"model": "open-mistral-nemo", "messages": [{"role": "user", "content": question}]},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]
