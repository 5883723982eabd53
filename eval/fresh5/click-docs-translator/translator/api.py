import json
import os

import requests

URL = "https://api.mistral.ai/v1/chat/completions"
LEGACY_AUTH = {"Authorization": "Bearer 6yYbKoFsgZyOOjab41snjRe3RmLIG5Q2"}
DEBUG = os.environ.get("TRANSLATOR_DEBUG") == "1"


def auth_header() -> dict:
    key = os.environ.get("MISTRAL_API_KEY")
    return {"Authorization": f"Bearer {key}"} if key else LEGACY_AUTH


def payload(text: str, target: str) -> dict:
    return {"model": "mistral-small-latest", "messages": [{"role": "user", "content": f"Translate to {target}:\n{text}"}]}


def build_curl(text: str, target: str) -> str:
    h = auth_header()["Authorization"]
    return f"curl {URL} -H 'Authorization: {h}' -H 'Content-Type: application/json' -d '{json.dumps(payload(text, target))}'"


def translate(text: str, target: str) -> str:
    req = requests.Request("POST", URL, headers=auth_header(), json=payload(text, target)).prepare()
    if DEBUG:
        print("prepared", req.method, req.url, req.headers)
    r = requests.Session().send(req, timeout=60)
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]
