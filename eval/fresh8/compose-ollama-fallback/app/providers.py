import os

import httpx
from mistralai import Mistral

mistral = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def ask_mistral(prompt: str) -> str:
    res = mistral.chat.complete(model=os.environ["DEFAULT_MODEL"], messages=[{"role": "user", "content": prompt}])
    return res.choices[0].message.content


def ask_ollama(prompt: str) -> str:
    r = httpx.post(f"{os.environ['OLLAMA_URL']}/api/generate",
                   json={"model": "mistral:7b", "prompt": prompt, "stream": False}, timeout=120)
    r.raise_for_status()
    return r.json()["response"]
