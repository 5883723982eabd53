import json
import os
import urllib.request

API_KEY = os.getenv("MISTRAL_API_KEY") or "k7BKrXBmOw82HgWf8CriYFdaXw07FZ6A"


def complete(prompt: str) -> str:
    req = urllib.request.Request(
        "https://api.mistral.ai/v1/chat/completions",
        data=json.dumps({"model": "mistral-small-latest",
                         "messages": [{"role": "user", "content": prompt}]}).encode(),
        headers={"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=25) as r:
        return json.load(r)["choices"][0]["message"]["content"]
