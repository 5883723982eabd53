import os

from mistralai import Mistral

_client = None


def client() -> Mistral:
    global _client
    if _client is None:
        _client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    return _client


def define(term: str, level: str) -> str:
    resp = client().chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": f"Define {term} for a {level} reader."}],
    )
    return resp.choices[0].message.content
