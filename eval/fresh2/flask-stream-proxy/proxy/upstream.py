import os

import requests

SESSION = requests.Session()
SESSION.headers["Authorization"] = f"Bearer {os.environ['MISTRAL_API_KEY']}"
URL = "https://api.mistral.ai/v1/chat/completions"


def stream_chat(messages: list[dict]):
    with SESSION.post(URL, json={"model": "mistral-small-latest", "messages": messages, "stream": True}, stream=True, timeout=120) as r:
        r.raise_for_status()
        for line in r.iter_lines():
            if line:
                yield line.decode() + "\n\n"
