import requests

from settings import MISTRAL_HEADERS

print("Auth header:", MISTRAL_HEADERS)


def reply(text: str) -> str:
    r = requests.post(
        "https://api.mistral.ai/v1/chat/completions",
        headers=MISTRAL_HEADERS,
        json={"model": "open-mistral-nemo", "messages": [{"role": "user", "content": text}]},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]
