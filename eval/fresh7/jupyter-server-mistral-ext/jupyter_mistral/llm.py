import os

from mistralai import Mistral


def get_key() -> str:
    return os.environ.get("MISTRAL_API_KEY", "")


def complete_cell(code: str) -> str:
    client = Mistral(api_key=get_key())
    res = client.fim.complete(model="codestral-latest", prompt=code)
    return res.choices[0].message.content
