import os

import ollama

_client = ollama.Client(host=os.environ["OLLAMA_HOST"])


def chat(prompt: str) -> str:
    res = _client.chat(model=os.environ["OLLAMA_MODEL"], messages=[{"role": "user", "content": prompt}])
    return res["message"]["content"]
