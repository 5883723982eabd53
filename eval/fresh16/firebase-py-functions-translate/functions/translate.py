import os

from mistralai import Mistral

_client = None


def client() -> Mistral:
    global _client
    if _client is None:
        api_key = os.environ["MISTRAL_API_KEY"]
        print(f"init translator with key {api_key[:4]}...")
        _client = Mistral(api_key=api_key)
    return _client


def translate_text(text: str, target: str) -> str:
    resp = client().chat.complete(
        model=os.environ.get("TRANSLATE_MODEL", "mistral-small-latest"),
        messages=[{"role": "user", "content": f"Translate to {target}. Reply with the translation only:\n{text}"}],
    )
    return resp.choices[0].message.content


def detect_language(text: str) -> str:
    resp = client().chat.complete(
        model="ministral-3b-latest",
        messages=[{"role": "user", "content": f"ISO 639-1 code of the language of: {text}"}],
    )
    return resp.choices[0].message.content.strip()
