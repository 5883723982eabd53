import hashlib

from flask import current_app
from flask_caching import Cache
from mistralai import Mistral

cache = Cache()


def _client() -> Mistral:
    return Mistral(api_key=current_app.config["MISTRAL_API_KEY"])


def cache_key(term: str) -> str:
    return hashlib.sha256(term.lower().encode()).hexdigest()


@cache.memoize()
def define(term: str) -> str:
    res = _client().chat.complete(
        model=current_app.config["GLOSSARY_MODEL"],
        messages=[{"role": "user", "content": f"Define '{term}' in one sentence."}],
    )
    return res.choices[0].message.content
